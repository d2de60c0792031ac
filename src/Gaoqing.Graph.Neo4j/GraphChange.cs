using Gaoqing.Graph.Model;
using Gaoqing.Graph.Model.Store;

namespace Gaoqing.Graph.Neo4j;

/// <summary>The rows to write and delete when documents are removed from and one is added to the stored graph.</summary>
/// <remarks>
/// Merging follows the embedded store: an element's value is the merge (<see cref="ElementMerge"/>) of the versions of the
/// documents that state it, oldest first. An element no removed document states is merged incrementally with the added
/// version; one a removed document stated is recomputed from the remaining documents' versions.
/// </remarks>
internal sealed class GraphChange
{
    /// <summary>Node rows for <see cref="CypherStatements.WriteNodes"/>.</summary>
    public List<Dictionary<string, object?>> NodeRows { get; } = [];

    /// <summary>Relationship rows for <see cref="CypherStatements.WriteRelationships"/>.</summary>
    public List<Dictionary<string, object?>> RelationshipRows { get; } = [];

    /// <summary>Ids for <see cref="CypherStatements.DeleteNodes"/>.</summary>
    public List<string> DeletedNodes { get; } = [];

    /// <summary>Rows {id, start} for <see cref="CypherStatements.DeleteRelationships"/>.</summary>
    public List<Dictionary<string, object?>> DeletedRelationships { get; } = [];

    /// <summary>The node ids the change touches: the added document's, then the removed documents'.</summary>
    public static IReadOnlyList<string> AffectedNodes(IReadOnlyList<SourceGraph> removed, SourceGraph? added) =>
        (added?.Nodes ?? []).Concat(removed.SelectMany(graph => graph.Nodes)).Select(node => node.Id).Distinct(StringComparer.Ordinal).ToArray();

    /// <summary>The relationships the change touches, each as found in the first document that states it.</summary>
    public static IReadOnlyList<GraphRelationship> AffectedRelationships(IReadOnlyList<SourceGraph> removed, SourceGraph? added) =>
        (added?.Relationships ?? []).Concat(removed.SelectMany(graph => graph.Relationships)).DistinctBy(relationship => relationship.Id, StringComparer.Ordinal).ToArray();

    /// <summary>The documents whose versions are needed to recompute elements a removed document stated.</summary>
    public static IReadOnlyList<string> SourcesNeeded(
        IReadOnlySet<string> removedIds,
        IEnumerable<StatedElement<GraphNode>> currentNodes,
        IEnumerable<StatedElement<GraphRelationship>> currentRelationships) =>
        currentNodes.Select(stated => stated.StatedBy)
            .Concat(currentRelationships.Select(stated => stated.StatedBy))
            .Where(statedBy => statedBy.Any(removedIds.Contains))
            .SelectMany(statedBy => statedBy)
            .Where(id => !removedIds.Contains(id))
            .Distinct(StringComparer.Ordinal)
            .ToArray();

    /// <summary>Plans the change.</summary>
    /// <param name="removed">The documents removed.</param>
    /// <param name="added">The document added, or null.</param>
    /// <param name="currentNodes">The stored affected nodes by id.</param>
    /// <param name="currentRelationships">The stored affected relationships by id.</param>
    /// <param name="sources">The graphs of the documents <see cref="SourcesNeeded"/> named.</param>
    /// <exception cref="InvalidDataException">The added document contradicts a stored relationship, or the store is inconsistent.</exception>
    public static GraphChange Plan(
        IReadOnlyList<SourceGraph> removed,
        SourceGraph? added,
        IReadOnlyDictionary<string, StatedElement<GraphNode>> currentNodes,
        IReadOnlyDictionary<string, StatedElement<GraphRelationship>> currentRelationships,
        IReadOnlyDictionary<string, SourceGraph> sources)
    {
        var removedIds = removed.Select(graph => graph.Id).ToHashSet(StringComparer.Ordinal);
        var change = new GraphChange();
        foreach (var id in AffectedNodes(removed, added))
        {
            var current = currentNodes.GetValueOrDefault(id);
            var (value, statedBy) = Next(id, current, removedIds, added?.NodesById.GetValueOrDefault(id), added?.Id, sources, graph => graph.NodesById, ElementMerge.Merge);
            if (value is null)
            {
                if (current is not null)
                {
                    change.DeletedNodes.Add(id);
                }

                continue;
            }

            change.NodeRows.Add(new Dictionary<string, object?>
            {
                ["id"] = id,
                ["labels"] = value.Labels,
                ["removedLabels"] = (current?.Value.Labels ?? []).Except(value.Labels, StringComparer.Ordinal).ToArray(),
                ["properties"] = Neo4jValues.Stored(value, statedBy),
            });
        }

        foreach (var relationship in AffectedRelationships(removed, added))
        {
            var current = currentRelationships.GetValueOrDefault(relationship.Id);
            var (value, statedBy) = Next(
                relationship.Id, current, removedIds, added?.RelationshipsById.GetValueOrDefault(relationship.Id), added?.Id, sources, graph => graph.RelationshipsById, ElementMerge.Merge);
            var moved = current is not null && value is not null
                        && (current.Value.Type != value.Type || current.Value.Start != value.Start || current.Value.End != value.End);
            if (current is not null && (value is null || moved))
            {
                change.DeletedRelationships.Add(new Dictionary<string, object?> { ["id"] = relationship.Id, ["start"] = current.Value.Start });
            }

            if (value is null)
            {
                continue;
            }

            change.RelationshipRows.Add(new Dictionary<string, object?>
            {
                ["id"] = value.Id,
                ["type"] = value.Type,
                ["start"] = value.Start,
                ["end"] = value.End,
                ["properties"] = Neo4jValues.Stored(value, statedBy),
            });
        }

        return change;
    }

    private static (T? Value, List<string> StatedBy) Next<T>(
        string id,
        StatedElement<T>? current,
        HashSet<string> removedIds,
        T? addedVersion,
        string? addedId,
        IReadOnlyDictionary<string, SourceGraph> sources,
        Func<SourceGraph, IReadOnlyDictionary<string, T>> versions,
        Func<T, T, T> merge)
        where T : class
    {
        var statedBy = current?.StatedBy.Where(document => !removedIds.Contains(document)).ToList() ?? [];
        var value = current is null || statedBy.Count == current.StatedBy.Count
            ? current?.Value
            : statedBy.Count == 0
                ? null
                : statedBy.Select(document => Version(id, document, sources, versions)).Aggregate(merge);
        if (addedVersion is not null)
        {
            value = value is null ? addedVersion : merge(value, addedVersion);
            statedBy.Add(addedId!);
        }

        return (value, statedBy);
    }

    private static T Version<T>(string id, string document, IReadOnlyDictionary<string, SourceGraph> sources, Func<SourceGraph, IReadOnlyDictionary<string, T>> versions) =>
        sources.TryGetValue(document, out var graph) && versions(graph).TryGetValue(id, out var version)
            ? version
            : throw new InvalidDataException($"the Neo4j store is inconsistent: {id} is marked as stated by document {document}, whose stored graph does not state it");
}
