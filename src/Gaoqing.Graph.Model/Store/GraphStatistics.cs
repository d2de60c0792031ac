namespace Gaoqing.Graph.Model.Store;

/// <summary>How big the graph is: documents, nodes per label, relationships per type and in all.</summary>
public sealed record GraphStatistics(
    int Documents,
    IReadOnlyDictionary<string, int> NodesByLabel,
    IReadOnlyDictionary<string, int> RelationshipsByType,
    int Relationships)
{
    /// <summary>The number of nodes with <paramref name="label"/>, 0 if none.</summary>
    public int Nodes(string label) => NodesByLabel.TryGetValue(label, out var count) ? count : 0;
}
