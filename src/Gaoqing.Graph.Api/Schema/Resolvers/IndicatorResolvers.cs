using Gaoqing.Graph.GraphQL.Types;
using Gaoqing.Graph.Model.Store;

namespace Gaoqing.Graph.Api.Schema.Resolvers;

/// <summary>Resolvers of <c>Indicator</c>: its name and the measurements of it.</summary>
internal static class IndicatorResolvers
{
    /// <summary>Attaches the resolvers.</summary>
    public static void Register(SchemaBuilder schema) => schema.Fields("Indicator")
        .Resolve("id", c => Source.Node(c).Id)
        .Resolve("name", c => Source.Text(c, "name") ?? Source.Node(c).Id)
        .Resolve("measurements", async c =>
            GraphLoad.ReadingOrder(await GraphLoad.Neighbours(c, Source.Node(c).Id, RelationshipDirection.Incoming, "MEASURES", "Measurement")));
}
