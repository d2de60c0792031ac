using Gaoqing.Graph.GraphQL.Execution;
using Gaoqing.Graph.GraphQL.Types;
using Gaoqing.Graph.Model;
using Gaoqing.Graph.Model.Tracing;

namespace Gaoqing.Graph.Api.Schema.Resolvers;

/// <summary>Resolvers of schema-tracing.graphql: <c>Task.outcomes</c>, <c>Measurement.outcomes</c>, <c>Indicator.aliases</c> and the <c>Outcome</c> type.</summary>
internal static class OutcomeResolvers
{
    /// <summary>Attaches the resolvers.</summary>
    public static void Register(SchemaBuilder schema)
    {
        schema.Fields("Task").Resolve("outcomes", async c => await OutcomesOf(c, "outcomes", Source.Node(c).Id, (index, id) => index.ForTask(id)) ?? []);
        schema.Fields("Measurement")
            .Resolve("outcomes", async c => await OutcomesOf(c, "targetOutcomes", Source.Node(c).Id, (index, id) => index.ForTarget(id)) ?? []);
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

    /// <summary>The outcomes of a task or target, read for every one of the batch in one call (a store without its own cache traces the whole graph).</summary>
    private static Task<IReadOnlyList<Outcome>?> OutcomesOf(
        ResolveContext context, string loader, string id, Func<OutcomeIndex, string, IReadOnlyList<Outcome>> outcomesOf) =>
        context.GetDataLoader<string, IReadOnlyList<Outcome>>(loader, async (ids, cancellationToken) =>
        {
            var outcomes = await ApiRequest.Of(context).Store.GetOutcomesAsync(cancellationToken);
            return ids.Distinct(StringComparer.Ordinal).ToDictionary(key => key, key => outcomesOf(outcomes, key), StringComparer.Ordinal);
        }).LoadAsync(id);

    private static string StatusName(OutcomeStatus status) => status switch
    {
        OutcomeStatus.Met => "MET",
        OutcomeStatus.NotMet => "NOT_MET",
        OutcomeStatus.Done => "DONE",
        _ => "REPORTED",
    };
}
