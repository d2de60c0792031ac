using System.Collections.Immutable;

namespace Gaoqing.Graph.Model.Store;

/// <summary>The first snapshot of a store opened from disk, built in bulk.</summary>
/// <remarks>
/// Adding documents one at a time (<see cref="Apply"/>) keeps every index immutable and pays for a new tree path on
/// each link. A load has no readers yet, so it merges the elements in plain dictionaries, in the same document order
/// and with the same <see cref="ElementMerge"/> as one <see cref="Apply"/> per document, then derives each index from
/// the merged elements once and freezes it in one pass.
/// </remarks>
internal sealed partial class GraphSnapshot
{
    /// <summary>The graph of <paramref name="documents"/>, added in the order given, built in one pass.</summary>
    /// <exception cref="InvalidDataException">When two documents state one relationship with different ends or types.</exception>
    public static GraphSnapshot Load(IEnumerable<StoredDocument> documents)
    {
        var byId = new Dictionary<string, StoredDocument>(StringComparer.Ordinal);
        var order = new SortedDictionary<long, string>();
        var byNumber = new Dictionary<string, string>(StringComparer.Ordinal);
        var nodes = new Dictionary<string, (GraphNode Value, List<string> StatedBy)>(StringComparer.Ordinal);
        var relationships = new Dictionary<string, (GraphRelationship Value, List<string> StatedBy)>(StringComparer.Ordinal);
        foreach (var document in documents)
        {
            byId[document.Id] = document;
            order[document.Sequence] = document.Id;
            if (document.DocNumber is { } number)
            {
                byNumber[number] = document.Id;
            }

            foreach (var node in document.Nodes)
            {
                nodes[node.Id] = nodes.TryGetValue(node.Id, out var stated)
                    ? (ElementMerge.Merge(stated.Value, node), Also(stated.StatedBy, document.Id))
                    : (node, [document.Id]);
            }

            foreach (var relationship in document.Relationships)
            {
                relationships[relationship.Id] = relationships.TryGetValue(relationship.Id, out var stated)
                    ? (ElementMerge.Merge(stated.Value, relationship), Also(stated.StatedBy, document.Id))
                    : (relationship, [document.Id]);
            }
        }

        var byLabel = new Dictionary<string, List<string>>(StringComparer.Ordinal);
        var bySource = new Dictionary<(string Label, string Document), List<string>>();
        foreach (var (id, (node, _)) in nodes)
        {
            foreach (var label in node.Labels)
            {
                Group(byLabel, label, id);
            }

            foreach (var key in Editor.SourceKeys(node))
            {
                Group(bySource, key, id);
            }
        }

        var outgoing = new Dictionary<string, List<string>>(StringComparer.Ordinal);
        var incoming = new Dictionary<string, List<string>>(StringComparer.Ordinal);
        var byType = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var (id, (relationship, _)) in relationships)
        {
            Group(outgoing, relationship.Start, id);
            Group(incoming, relationship.End, id);
            byType[relationship.Type] = byType.GetValueOrDefault(relationship.Type) + 1;
        }

        return new GraphSnapshot(
            byId.ToImmutableDictionary(StringComparer.Ordinal),
            order.ToImmutableSortedDictionary(),
            byNumber.ToImmutableDictionary(StringComparer.Ordinal),
            nodes.ToImmutableDictionary(pair => pair.Key, pair => new StatedElement<GraphNode>(pair.Value.Value, [.. pair.Value.StatedBy]), StringComparer.Ordinal),
            relationships.ToImmutableDictionary(
                pair => pair.Key, pair => new StatedElement<GraphRelationship>(pair.Value.Value, [.. pair.Value.StatedBy]), StringComparer.Ordinal),
            Freeze(byLabel, StringComparer.Ordinal),
            Freeze(bySource, EqualityComparer<(string Label, string Document)>.Default),
            Freeze(outgoing, StringComparer.Ordinal),
            Freeze(incoming, StringComparer.Ordinal),
            byType.ToImmutableDictionary(StringComparer.Ordinal));
    }

    private static List<string> Also(List<string> statedBy, string documentId)
    {
        statedBy.Add(documentId);
        return statedBy;
    }

    private static void Group<TKey>(Dictionary<TKey, List<string>> index, TKey key, string id)
        where TKey : notnull
    {
        if (!index.TryGetValue(key, out var ids))
        {
            ids = [];
            index[key] = ids;
        }

        ids.Add(id);
    }

    private static ImmutableDictionary<TKey, ImmutableSortedSet<string>> Freeze<TKey>(Dictionary<TKey, List<string>> index, IEqualityComparer<TKey> comparer)
        where TKey : notnull =>
        index.ToImmutableDictionary(pair => pair.Key, pair => pair.Value.ToImmutableSortedSet(StringComparer.Ordinal), comparer);
}
