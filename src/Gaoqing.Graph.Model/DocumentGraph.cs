namespace Gaoqing.Graph.Model;

/// <summary>Everything read from one document: its node, the nodes and relationships it states, and its texts.</summary>
/// <remarks>Nodes such as departments may be shared with other documents; a store keeps a shared node while any
/// document still states it.</remarks>
public sealed record DocumentGraph(
    GraphNode Document,
    IReadOnlyList<GraphNode> Nodes,
    IReadOnlyList<GraphRelationship> Relationships,
    string NormalizedText,
    string OriginalText,
    IReadOnlyList<string> Warnings);
