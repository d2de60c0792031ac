using Gaoqing.Graph.Model;
using Gaoqing.Graph.Model.Store;

namespace Gaoqing.Graph.Api.Tests.Support;

/// <summary>A store that counts the read calls it passes on to another store.</summary>
internal sealed class CountingStore(IGraphStore inner) : IGraphStore
{
    private readonly System.Collections.Concurrent.ConcurrentQueue<string> _calls = new();

    public int Reads => _calls.Count;

    /// <summary>The read calls since the last reset, as "method(key count)"; a label read shows its filter, "label(Task sourceDocument=…)".</summary>
    public string Calls => string.Join(", ", _calls);

    public void Reset() => _calls.Clear();

    /// <summary>When set, reading a document's text throws an exception with this message (a broken store).</summary>
    public string? TextFailure { get; set; }

    public ValueTask<IngestOutcome> IngestAsync(DocumentGraph graph, CancellationToken cancellationToken = default) => inner.IngestAsync(graph, cancellationToken);

    public ValueTask<IReadOnlyList<IngestOutcome>> IngestAllAsync(IReadOnlyList<DocumentGraph> graphs, CancellationToken cancellationToken = default) =>
        inner.IngestAllAsync(graphs, cancellationToken);

    public ValueTask<bool> RemoveDocumentAsync(string documentId, CancellationToken cancellationToken = default) => inner.RemoveDocumentAsync(documentId, cancellationToken);

    public ValueTask<IReadOnlyDictionary<string, GraphNode>> GetNodesAsync(IReadOnlyCollection<string> ids, CancellationToken cancellationToken = default) =>
        Count(inner.GetNodesAsync(ids, cancellationToken), $"nodes({ids.Count})");

    public ValueTask<NodePage> GetNodesByLabelAsync(NodeQuery query, CancellationToken cancellationToken = default) =>
        Count(inner.GetNodesByLabelAsync(query, cancellationToken), query.Where is { Count: > 0 } where
            ? $"label({query.Label} {string.Join(" ", where.OrderBy(pair => pair.Key, StringComparer.Ordinal).Select(pair => $"{pair.Key}={pair.Value}"))})"
            : $"label({query.Label})");

    public ValueTask<IReadOnlyDictionary<string, IReadOnlyList<GraphRelationship>>> GetRelationshipsAsync(
        IReadOnlyCollection<string> nodeIds, RelationshipDirection direction, string? type = null, CancellationToken cancellationToken = default) =>
        Count(inner.GetRelationshipsAsync(nodeIds, direction, type, cancellationToken), $"relationships({direction} {type} {nodeIds.Count})");

    public ValueTask<IReadOnlyList<GraphNode>> GetDocumentsAsync(CancellationToken cancellationToken = default) => Count(inner.GetDocumentsAsync(cancellationToken), "documents");

    public ValueTask<GraphStatistics> GetStatisticsAsync(CancellationToken cancellationToken = default) => Count(inner.GetStatisticsAsync(cancellationToken), "statistics");

    public ValueTask<DocumentText?> GetDocumentTextAsync(string documentId, CancellationToken cancellationToken = default) =>
        TextFailure is { } failure ? throw new InvalidOperationException(failure) : Count(inner.GetDocumentTextAsync(documentId, cancellationToken), "text");

    public ValueTask<GraphContent> GetGraphAsync(CancellationToken cancellationToken = default) => Count(inner.GetGraphAsync(cancellationToken), "graph");

    public ValueTask DisposeAsync() => inner.DisposeAsync();

    private ValueTask<T> Count<T>(ValueTask<T> call, string name)
    {
        _calls.Enqueue(name);
        return call;
    }
}
