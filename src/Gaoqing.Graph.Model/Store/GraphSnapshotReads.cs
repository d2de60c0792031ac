using System.Collections.Concurrent;
using System.Collections.Immutable;
using Gaoqing.Graph.Model.Building;

namespace Gaoqing.Graph.Model.Store;

/// <summary>The reads of <see cref="IGraphStore"/>, answered from one snapshot.</summary>
internal sealed partial class GraphSnapshot
{
    private readonly ConcurrentDictionary<(string Node, RelationshipDirection Direction, string? Type), GraphRelationship[]> relationshipsAt = new();

    /// <summary>The nodes with the given ids that exist.</summary>
    public IReadOnlyDictionary<string, GraphNode> GetNodes(IReadOnlyCollection<string> ids)
    {
        var found = new Dictionary<string, GraphNode>(ids.Count, StringComparer.Ordinal);
        foreach (var id in ids)
        {
            if (Nodes.TryGetValue(id, out var stated))
            {
                found[id] = stated.Value;
            }
        }

        return found;
    }

    /// <summary>One page of the nodes with a label, filtered, searched, in id order.</summary>
    /// <remarks>A filter naming one document in <c>sourceDocument</c> reads only the nodes that name it
    /// (<see cref="NodesBySource"/>); every other filter and the search are checked node by node.</remarks>
    public NodePage GetNodesByLabel(NodeQuery query)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(query.First);
        var where = query.Where?.Select(pair => (pair.Key, Value: PropertyValues.Normalize(pair.Value, $"filter {pair.Key}"))).ToArray() ?? [];
        var ids = Candidates(query.Label, where);
        if (query.Search is null && where.Length == 0)
        {
            var start = StartAfter(ids, query.After);
            var count = Math.Min(query.First, ids.Count - start);
            var page = Enumerable.Range(start, count).Select(index => Nodes[ids[index]].Value).ToArray();
            return new NodePage(page, ids.Count, start + count < ids.Count, page.Length > 0 ? page[^1].Id : null);
        }

        var matches = ids.Select(id => Nodes[id].Value).Where(node => Matches(node, query.Search, where)).ToArray();
        var first = query.After is null ? 0 : matches.Count(node => string.CompareOrdinal(node.Id, query.After) <= 0);
        var taken = matches.Skip(first).Take(query.First).ToArray();
        return new NodePage(taken, matches.Length, first + taken.Length < matches.Length, taken.Length > 0 ? taken[^1].Id : null);
    }

    /// <summary>For each node id, its relationships in one direction, optionally of one type.</summary>
    /// <remarks>Each answer for a node of the graph is kept for the life of this snapshot, so repeated reads of a node's
    /// relationships (every request of a busy API asks for the same few) cost one dictionary lookup instead of a walk of
    /// the index trees. Ids not in the graph are answered empty and not kept, so callers cannot grow the cache.</remarks>
    public IReadOnlyDictionary<string, IReadOnlyList<GraphRelationship>> GetRelationships(
        IReadOnlyCollection<string> nodeIds, RelationshipDirection direction, string? type)
    {
        var found = new Dictionary<string, IReadOnlyList<GraphRelationship>>(nodeIds.Count, StringComparer.Ordinal);
        foreach (var id in nodeIds)
        {
            found[id] = Nodes.ContainsKey(id) ? relationshipsAt.GetOrAdd((id, direction, type), ReadRelationships, this) : [];
        }

        return found;
    }

    /// <summary>How many relationship answers this snapshot keeps.</summary>
    internal int KeptRelationshipReads => relationshipsAt.Count;

    private static GraphRelationship[] ReadRelationships((string Node, RelationshipDirection Direction, string? Type) key, GraphSnapshot snapshot)
    {
        var index = key.Direction == RelationshipDirection.Outgoing ? snapshot.Outgoing : snapshot.Incoming;
        return index.GetValueOrDefault(key.Node, NoIds)
            .Select(relationshipId => snapshot.Relationships[relationshipId].Value)
            .Where(relationship => key.Type is null || relationship.Type == key.Type)
            .ToArray();
    }

    /// <summary>The Document nodes in ingest order.</summary>
    public IReadOnlyList<GraphNode> GetDocuments() => DocumentOrder.Values.Select(id => Nodes[id].Value).ToArray();

    /// <summary>Counts of documents, nodes per label and relationships.</summary>
    public GraphStatistics GetStatistics() => new(
        Documents.Count,
        NodesByLabel.ToImmutableSortedDictionary(pair => pair.Key, pair => pair.Value.Count, StringComparer.Ordinal),
        RelationshipsByType.ToImmutableSortedDictionary(StringComparer.Ordinal),
        Relationships.Count);

    /// <summary>A document's texts, or null.</summary>
    public DocumentText? GetDocumentText(string documentId) =>
        Documents.TryGetValue(documentId, out var document) ? new DocumentText(documentId, document.NormalizedText, document.OriginalText) : null;

    /// <summary>The whole graph, each list in id order.</summary>
    public GraphContent GetGraph() => new(
        Nodes.Values.Select(stated => stated.Value).OrderBy(node => node.Id, StringComparer.Ordinal).ToArray(),
        Relationships.Values.Select(stated => stated.Value).OrderBy(relationship => relationship.Id, StringComparer.Ordinal).ToArray());

    /// <summary>The ids, in order, of every node of <paramref name="label"/> that can match <paramref name="where"/>.</summary>
    private ImmutableSortedSet<string> Candidates(string label, (string Key, object? Value)[] where)
    {
        foreach (var (key, value) in where)
        {
            if (key == Evidence.SourceDocument && value is string document)
            {
                return NodesBySource.GetValueOrDefault((label, document), NoIds);
            }
        }

        return NodesByLabel.GetValueOrDefault(label, NoIds);
    }

    private static int StartAfter(ImmutableSortedSet<string> ids, string? after)
    {
        if (after is null)
        {
            return 0;
        }

        var index = ids.IndexOf(after);
        return index >= 0 ? index + 1 : ~index;
    }

    private static bool Matches(GraphNode node, string? search, (string Key, object? Value)[] where)
    {
        foreach (var (key, value) in where)
        {
            var actual = node.Properties.GetValueOrDefault(key);
            var matches = actual is IReadOnlyList<string> list && value is string text
                ? list.Contains(text, StringComparer.Ordinal)
                : PropertyValues.AreEqual(actual, value);
            if (!matches)
            {
                return false;
            }
        }

        return search is null || node.Properties.Any(pair => !IsEvidence(pair.Key) && Contains(pair.Value, search));
    }

    private static bool IsEvidence(string key) => key.StartsWith("source", StringComparison.Ordinal);

    private static bool Contains(object? value, string search) => value switch
    {
        string text => text.Contains(search, StringComparison.OrdinalIgnoreCase),
        IReadOnlyList<string> list => list.Any(item => item.Contains(search, StringComparison.OrdinalIgnoreCase)),
        _ => false,
    };
}
