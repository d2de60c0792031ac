using Gaoqing.Graph.Model;

namespace Gaoqing.Graph.Api.Schema;

/// <summary>A chain of nodes and the types of the relationships between consecutive ones.</summary>
public sealed record GraphPath(IReadOnlyList<GraphNode> Nodes, IReadOnlyList<string> Relationships);
