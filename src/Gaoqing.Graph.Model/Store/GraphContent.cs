namespace Gaoqing.Graph.Model.Store;

/// <summary>A whole graph as two lists, each sorted by id: what the exporters write.</summary>
public sealed record GraphContent(IReadOnlyList<GraphNode> Nodes, IReadOnlyList<GraphRelationship> Relationships);
