namespace Gaoqing.Graph.Model.Store;

/// <summary>One page of nodes, the number that matched in all, and where the next page starts.</summary>
public sealed record NodePage(IReadOnlyList<GraphNode> Nodes, int TotalCount, bool HasNextPage, string? EndCursor);
