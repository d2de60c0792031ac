using Gaoqing.Graph.Model.Building;
using Gaoqing.Graph.Model.Store;

namespace Gaoqing.Graph.Model.Tracing;

/// <summary>Traces every plan task to what later documents report about its year: the pure function from a whole graph to its outcomes.</summary>
/// <remarks>
/// A plan task is a task whose year is not before its document's (a review of a past year is not a plan). Its outcomes
/// are the reported actuals of its targets' indicators (<see cref="MeasurementOutcomes"/>) and the reviews of its work
/// (<see cref="CompletionOutcomes"/>), read only from other documents. A target a section or the document states outside
/// any task (a plan's 主要预期目标) is traced the same way when its year is not before its document's. The result depends on the graph alone, so the
/// order in which documents were ingested does not matter.
/// </remarks>
public static class OutcomeTracer
{
    /// <summary>The outcomes of <paramref name="graph"/>; <paramref name="normalizedTextOf"/> gives a document's normalized text by id (null if none).</summary>
    public static OutcomeIndex Trace(GraphContent graph, Func<string, string?> normalizedTextOf)
    {
        ArgumentNullException.ThrowIfNull(graph);
        ArgumentNullException.ThrowIfNull(normalizedTextOf);
        var tracing = new TracingGraph(graph, normalizedTextOf);
        var outcomes = new List<Outcome>();
        if (tracing.Documents.Count < 2)
        {
            return OutcomeIndex.Empty;
        }

        foreach (var task in tracing.Tasks)
        {
            if (task.Properties.GetValueOrDefault("year") is not long year || !IsPlanned(tracing, task, year))
            {
                continue;
            }

            outcomes.AddRange(MeasurementOutcomes.Of(tracing, task, year));
            outcomes.AddRange(CompletionOutcomes.Of(tracing, task, year));
        }

        foreach (var owner in tracing.Documents.Concat(tracing.Sections))
        {
            foreach (var states in tracing.Outgoing(owner.Id, GraphLabels.States))
            {
                if (tracing.Node(states.End) is { } target && MeasurementOutcomes.IsTarget(target)
                    && PlannedYear(tracing, owner, target) is { } year)
                {
                    outcomes.AddRange(MeasurementOutcomes.OfStatedTarget(tracing, target, year));
                }
            }
        }

        return new OutcomeIndex(outcomes);
    }

    /// <summary>The year a target stated by a section or document speaks of (its own, else the section's, else the document's),
    /// or null when there is none or it is before the document's year (a review, not a plan).</summary>
    private static long? PlannedYear(TracingGraph graph, GraphNode owner, GraphNode target)
    {
        var documentYear = TracingGraph.DocumentOf(target) is { } document ? graph.Node(document)?.Properties.GetValueOrDefault("year") as long? : null;
        var year = target.Properties.GetValueOrDefault("year") as long? ?? owner.Properties.GetValueOrDefault("year") as long? ?? documentYear;
        return year is { } stated && (documentYear is not { } own || stated >= own) ? stated : null;
    }

    private static bool IsPlanned(TracingGraph graph, GraphNode task, long year) =>
        TracingGraph.DocumentOf(task) is { } document
        && (graph.Node(document)?.Properties.GetValueOrDefault("year") is not long documentYear || year >= documentYear);
}
