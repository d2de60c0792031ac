using Gaoqing.Graph.GraphQL.Execution;
using Gaoqing.Graph.GraphQL.Types;
using Gaoqing.Graph.Model;
using Gaoqing.Graph.Model.Tracing;

namespace Gaoqing.Graph.Api.Schema.Resolvers;

/// <summary>Resolvers of schema-tracing.graphql: <c>Task.outcomes</c>, <c>Indicator.aliases</c> and the <c>Outcome</c> type.</summary>
internal static class OutcomeResolvers
{
    /// <summary>Attaches the resolvers.</summary>
    public static void Register(SchemaBuilder schema)
    {
        schema.Fields("Task").Resolve("outcomes", async c => await OutcomesOf(c, Source.Node(c).Id) ?? []);
        schema.Fields("Indicator")
            .Resolve("aliases", c => GraphValues.Texts(Source.Node(c), "aliases"));
        schema.Fields("Outcome")
            .Resolve("status", c => StatusName(Source.As<Outcome>(c).Status))
            .Resolve("target", c => Source.As<Outcome>(c).Target)
            .Resolve("actual", c => Source.As<Outcome>(c).Actual)
            .Resolve("ratio", c => Source.As<Outcome>(c).Ratio)
            .Resolve("document", async c => await GraphLoad.Node(c, Source.As<Outcome>(c).Evidence.DocumentId))
            .Resolve("evidence", c =>
            {
                var evidence = Source.As<Outcome>(c).Evidence;
                return new EvidenceSpan(evidence.DocumentId, evidence.Start, evidence.End, evidence.Text);
            });
    }

    /// <summary>A task's outcomes, read for every task of the batch in one call (a store without its own cache traces the whole graph).</summary>
    private static Task<IReadOnlyList<Outcome>?> OutcomesOf(ResolveContext context, string taskId) =>
        context.GetDataLoader<string, IReadOnlyList<Outcome>>("outcomes", async (ids, cancellationToken) =>
        {
            var outcomes = await ApiRequest.Of(context).Store.GetOutcomesAsync(cancellationToken);
            return ids.Distinct(StringComparer.Ordinal).ToDictionary(id => id, outcomes.ForTask, StringComparer.Ordinal);
        }).LoadAsync(taskId);

    private static string StatusName(OutcomeStatus status) => status switch
    {
        OutcomeStatus.Met => "MET",
        OutcomeStatus.NotMet => "NOT_MET",
        OutcomeStatus.Done => "DONE",
        _ => "REPORTED",
    };
}
