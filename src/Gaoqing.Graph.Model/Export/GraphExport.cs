namespace Gaoqing.Graph.Model.Export;

/// <summary>A whole graph as exported: its nodes and relationships.</summary>
public sealed record GraphExport(IReadOnlyList<GraphNode> Nodes, IReadOnlyList<GraphRelationship> Relationships)
{
    /// <summary>The union of the graphs of several documents; a node or relationship they share appears once, as first seen.</summary>
    public static GraphExport Merge(IEnumerable<DocumentGraph> graphs)
    {
        var nodes = new Dictionary<string, GraphNode>(StringComparer.Ordinal);
        var relationships = new Dictionary<string, GraphRelationship>(StringComparer.Ordinal);
        foreach (var graph in graphs)
        {
            foreach (var node in graph.Nodes)
            {
                nodes.TryAdd(node.Id, node);
            }

            foreach (var relationship in graph.Relationships)
            {
                relationships.TryAdd(relationship.Id, relationship);
            }
        }

        return new GraphExport(nodes.Values.ToList(), relationships.Values.ToList());
    }
}
