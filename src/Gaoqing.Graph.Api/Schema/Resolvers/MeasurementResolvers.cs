using Gaoqing.Graph.GraphQL;
using Gaoqing.Graph.GraphQL.Types;
using Gaoqing.Graph.Model;
using Gaoqing.Graph.Model.Store;

namespace Gaoqing.Graph.Api.Schema.Resolvers;

/// <summary>Resolvers of <c>Measurement</c>: the value as read, its indicator, the task or document stating it, and evidence.</summary>
internal static class MeasurementResolvers
{
    /// <summary>Attaches the resolvers.</summary>
    public static void Register(SchemaBuilder schema) => schema.Fields("Measurement")
        .Resolve("id", c => Source.Node(c).Id)
        .Resolve("indicator", async c =>
            (await GraphLoad.Neighbours(c, Source.Node(c).Id, RelationshipDirection.Outgoing, "MEASURES", "Indicator")).FirstOrDefault()
            ?? throw new GraphQLError($"measurement {Source.Node(c).Id} has no indicator in the graph"))
        .Resolve("value", c => GraphValues.Number(Source.Node(c), "value"))
        .Resolve("unit", c => Source.Text(c, "unit") ?? string.Empty)
        .Resolve("kind", c => GraphValues.Text(Source.Node(c), "kind") == "ACTUAL" ? "ACTUAL" : "TARGET")
        .Resolve("year", c => Source.Int(c, "year"))
        .Resolve("qualifier", c => Source.Text(c, "qualifier"))
        .Resolve("text", c => Source.Text(c, "text") ?? string.Empty)
        .Resolve("task", async c =>
            (await GraphLoad.Neighbours(c, Source.Node(c).Id, RelationshipDirection.Incoming, "STATES", "Task")).FirstOrDefault())
        .Resolve("document", async c => await GraphLoad.Node(c, Source.DocumentId(c)))
        .Resolve("evidence", c => EvidenceSpan.Of(Source.Node(c).Properties));
}
