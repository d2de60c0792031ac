using Gaoqing.Graph.Model.Building;

namespace Gaoqing.Graph.Model.Tracing;

/// <summary>Finds what other documents' reviews of the task's year say about its work: the projects it names and the titles it sets out to win.</summary>
/// <remarks>
/// A review clause naming the same project (by <see cref="ProjectIdentity"/>) with a completion word after the name
/// (<see cref="CompletionWords"/>) makes the work DONE; a clause naming it without one is REPORTED, unless the same
/// report says elsewhere that it was done. A title named after 创建 in the task is DONE where a review clause names it with
/// 成功创建, 创建成功 or 获评.
/// </remarks>
internal static class CompletionOutcomes
{
    public static IEnumerable<Outcome> Of(TracingGraph graph, GraphNode task, long year)
    {
        var planDocument = TracingGraph.DocumentOf(task);
        var found = new List<(Outcome Outcome, string Work)>();
        foreach (var mentions in graph.Outgoing(task.Id, GraphLabels.Mentions))
        {
            if (graph.Node(mentions.End) is not { Label: GraphLabels.Project })
            {
                continue;
            }

            foreach (var project in graph.SameProject(mentions.End))
            {
                foreach (var reported in graph.ReviewMentions(project, year))
                {
                    if (TracingGraph.DocumentOf(reported) is { } report && report != planDocument
                        && ClauseOf(graph, report, reported.Properties) is { } clause)
                    {
                        var (_, end) = TracingGraph.SpanOf(reported.Properties);
                        var done = CompletionWords.SayDone(clause.Text, end - clause.Start);
                        found.Add((new Outcome(task.Id, done ? OutcomeStatus.Done : OutcomeStatus.Reported, null, null, null, clause), mentions.End));
                    }
                }
            }
        }

        found.AddRange(TitlesWon(graph, task, year, planDocument));
        return found
            .Where(f => f.Outcome.Status == OutcomeStatus.Done
                || !found.Any(other => other.Work == f.Work && other.Outcome.Status == OutcomeStatus.Done && other.Outcome.Evidence.DocumentId == f.Outcome.Evidence.DocumentId))
            .Select(f => f.Outcome)
            .DistinctBy(o => (o.Status, o.Evidence.DocumentId, o.Evidence.Start));
    }

    private static IEnumerable<(Outcome, string)> TitlesWon(TracingGraph graph, GraphNode task, long year, string? planDocument)
    {
        var titles = CreationGoals.In(task.Properties.GetValueOrDefault("text") as string ?? string.Empty);
        if (titles.Count == 0)
        {
            yield break;
        }

        foreach (var clause in graph.ReviewClauses(year).Where(c => c.DocumentId != planDocument))
        {
            if (titles.FirstOrDefault(t => clause.Text.Contains(t, StringComparison.Ordinal)) is { } title)
            {
                var status = CompletionWords.SayCreated(clause.Text) ? OutcomeStatus.Done : OutcomeStatus.Reported;
                yield return (new Outcome(task.Id, status, null, null, null, clause), title);
            }
        }
    }

    private static OutcomeEvidence? ClauseOf(TracingGraph graph, string report, IReadOnlyDictionary<string, object?> mention)
    {
        var (start, end) = TracingGraph.SpanOf(mention);
        if (graph.TextAt(report, start, end) is null)
        {
            return null;
        }

        var text = graph.TextOf(report)!;
        var (from, to) = Clauses.Around(text, start, end);
        return new OutcomeEvidence(report, from, to, text[from..to]);
    }
}
