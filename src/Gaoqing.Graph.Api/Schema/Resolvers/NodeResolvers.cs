using Gaoqing.Graph.GraphQL.Types;
using Gaoqing.Graph.Model;

namespace Gaoqing.Graph.Api.Schema.Resolvers;

/// <summary>The <c>Node</c> interface: a graph node's GraphQL type is its first label.</summary>
internal static class NodeResolvers
{
    private static readonly HashSet<string> NodeTypes = new(StringComparer.Ordinal)
    {
        "Document", "Section", "Task", "Department", "Project", "Place", "Indicator", "Measurement",
    };

    /// <summary>Attaches the type resolver.</summary>
    public static void Register(SchemaBuilder schema) => schema
        .Resolve("Node", "id", c => Source.Node(c).Id)
        .ResolveType("Node", (value, _) => TypeOf(value));

    /// <summary>The GraphQL type of a node, or null when it is not one the API serves.</summary>
    public static string? TypeOf(object? value) => value is GraphNode node ? node.Labels.FirstOrDefault(NodeTypes.Contains) : null;
}
