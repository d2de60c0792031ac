using Gaoqing.Graph.GraphQL.Types;
using Gaoqing.Graph.Model;

namespace Gaoqing.Graph.Api.Schema.Resolvers;

/// <summary>Resolvers of every <c>…Connection</c>, <c>…Edge</c> and <c>PageInfo</c>: all read a <see cref="Connection"/>.</summary>
internal static class ConnectionResolvers
{
    private static readonly string[] Entities = ["Task", "Department", "Project", "Place", "Indicator"];

    /// <summary>Attaches the resolvers.</summary>
    public static void Register(SchemaBuilder schema)
    {
        foreach (var entity in Entities)
        {
            schema.Fields(entity + "Connection")
                .Resolve("totalCount", c => Source.As<Connection>(c).TotalCount)
                .Resolve("nodes", c => Source.As<Connection>(c).Nodes)
                .Resolve("edges", c => Source.As<Connection>(c).Nodes.Select(n => new Edge(Cursor.Of(n.Id), n)).ToList())
                .Resolve("pageInfo", c => Source.As<Connection>(c));
            schema.Fields(entity + "Edge")
                .Resolve("cursor", c => Source.As<Edge>(c).Cursor)
                .Resolve("node", c => Source.As<Edge>(c).Node);
        }

        schema.Fields("PageInfo")
            .Resolve("hasNextPage", c => Source.As<Connection>(c).HasNextPage)
            .Resolve("endCursor", c => Source.As<Connection>(c).EndCursor);
    }

    private sealed record Edge(string Cursor, GraphNode Node);
}
