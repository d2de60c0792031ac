using Gaoqing.Graph.Model.Building;

namespace Gaoqing.Graph.Model.Tracing;

/// <summary>Compares a task's targets with the actuals other documents report for the same indicator and year (the target's, else the task's).</summary>
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
        var planDocument = TracingGraph.DocumentOf(task);
        foreach (var states in graph.Outgoing(task.Id, GraphLabels.States))
        {
            if (graph.Node(states.End) is not { } target || !Equals(target.Properties.GetValueOrDefault("kind"), "TARGET"))
            {
                continue;
            }

            var targetYear = target.Properties.GetValueOrDefault("year") as long? ?? year;
            foreach (var measures in graph.Outgoing(target.Id, GraphLabels.Measures))
            {
                foreach (var actual in graph.ActualsOf(measures.End, targetYear))
                {
                    if (TracingGraph.DocumentOf(actual) is { } reportDocument && reportDocument != planDocument
                        && Compare(graph, task.Id, target, actual, reportDocument) is { } outcome)
                    {
                        yield return outcome;
                    }
                }
            }
        }
    }

    private static Outcome? Compare(TracingGraph graph, string taskId, GraphNode target, GraphNode actual, string reportDocument)
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
