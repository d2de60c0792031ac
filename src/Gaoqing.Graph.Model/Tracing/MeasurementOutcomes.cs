using Gaoqing.Graph.Model.Building;

namespace Gaoqing.Graph.Model.Tracing;

/// <summary>Compares a task's targets, or a target stated outside tasks, with the actuals other documents report for the same indicator and year (the target's, else the task's, section's or document's).</summary>
/// <remarks>
/// Where the units agree the outcome is MET when the actual reaches the target (or stays within it, for a target
/// written with 以下, 以内 or 不超过) and NOT_MET otherwise, with the ratio actual / target; where they differ the actual
/// is REPORTED without a verdict.
/// </remarks>
internal static class MeasurementOutcomes
{
    private static readonly string[] Ceilings = ["以下", "以内", "不超过"];

    public static IEnumerable<Outcome> Of(TracingGraph graph, GraphNode task, long year)
    {
        foreach (var states in graph.Outgoing(task.Id, GraphLabels.States))
        {
            if (graph.Node(states.End) is { } target && IsTarget(target))
            {
                foreach (var outcome in OfTarget(graph, task.Id, target, target.Properties.GetValueOrDefault("year") as long? ?? year))
                {
                    yield return outcome;
                }
            }
        }
    }

    /// <summary>The outcomes of a target stated outside any task, for <paramref name="year"/> (the target's, else its section's or document's).</summary>
    public static IEnumerable<Outcome> OfStatedTarget(TracingGraph graph, GraphNode target, long year) => OfTarget(graph, null, target, year);

    public static bool IsTarget(GraphNode node) =>
        node.Label == GraphLabels.Measurement && Equals(node.Properties.GetValueOrDefault("kind"), "TARGET");

    private static IEnumerable<Outcome> OfTarget(TracingGraph graph, string? taskId, GraphNode target, long year)
    {
        var planDocument = TracingGraph.DocumentOf(target);
        foreach (var measures in graph.Outgoing(target.Id, GraphLabels.Measures))
        {
            foreach (var actual in graph.ActualsOf(measures.End, year))
            {
                if (TracingGraph.DocumentOf(actual) is { } reportDocument && reportDocument != planDocument
                    && Compare(graph, taskId, target, actual, reportDocument) is { } outcome)
                {
                    yield return outcome;
                }
            }
        }
    }

    private static Outcome? Compare(TracingGraph graph, string? taskId, GraphNode target, GraphNode actual, string reportDocument)
    {
        if (target.Properties.GetValueOrDefault("value") is not double goal || actual.Properties.GetValueOrDefault("value") is not double reached)
        {
            return null;
        }

        var (start, end) = TracingGraph.SpanOf(actual.Properties);
        if (graph.TextAt(reportDocument, start, end) is not { } said)
        {
            return null;
        }

        var evidence = new OutcomeEvidence(reportDocument, start, end, said);
        if (!Units.Same(target.Properties.GetValueOrDefault("unit") as string, actual.Properties.GetValueOrDefault("unit") as string) || goal == 0)
        {
            return new Outcome(taskId, OutcomeStatus.Reported, target, actual, null, evidence);
        }

        var ceiling = target.Properties.GetValueOrDefault("qualifier") is string qualifier && Ceilings.Any(qualifier.Contains);
        var met = ceiling ? reached <= goal : reached >= goal;
        return new Outcome(taskId, met ? OutcomeStatus.Met : OutcomeStatus.NotMet, target, actual, reached / goal, evidence);
    }
}
