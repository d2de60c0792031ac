using Gaoqing.Graph.GraphQL.Execution;
using Gaoqing.Graph.Model;

namespace Gaoqing.Graph.Api.Schema.Resolvers;

/// <summary>Reads of the parent value a field resolves on: the node and its properties as GraphQL values.</summary>
internal static class Source
{
    /// <summary>The parent as a node.</summary>
    public static GraphNode Node(ResolveContext context) => (GraphNode)context.Source!;

    /// <summary>The parent as a <typeparamref name="T"/>.</summary>
    public static T As<T>(ResolveContext context) => (T)context.Source!;

    /// <summary>A string property of the parent node, or null.</summary>
    public static object? Text(ResolveContext context, string name) => GraphValues.Text(Node(context), name);

    /// <summary>An integer property of the parent node as an Int, or null.</summary>
    public static object? Int(ResolveContext context, string name) => GraphValues.Integer(Node(context), name) is { } value ? (int)value : null;

    /// <summary>The id of the document the parent node was read from.</summary>
    public static string DocumentId(ResolveContext context) =>
        GraphValues.SourceDocument(Node(context).Properties) ?? (Node(context).Labels.Contains("Document") ? Node(context).Id : string.Empty);
}
