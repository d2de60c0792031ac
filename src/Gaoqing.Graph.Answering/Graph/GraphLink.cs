using Gaoqing.Graph.Model;

namespace Gaoqing.Graph.Answering.Graph;

/// <summary>A relationship seen from one of its ends, with the node at its other end.</summary>
public sealed record GraphLink(GraphRelationship Relationship, GraphNode Node);
