using Gaoqing.Graph.GraphQL.Types;

namespace Gaoqing.Graph.Api.Schema.Resolvers;

/// <summary>Resolvers of <c>Path</c>: its nodes in order and the relationship types between them.</summary>
internal static class PathResolvers
{
    /// <summary>Attaches the resolvers.</summary>
    public static void Register(SchemaBuilder schema) => schema.Fields("Path")
        .Resolve("nodes", c => Source.As<GraphPath>(c).Nodes)
        .Resolve("relationships", c => Source.As<GraphPath>(c).Relationships);
}
