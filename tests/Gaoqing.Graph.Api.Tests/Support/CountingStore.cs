using Gaoqing.Graph.Model;
using Gaoqing.Graph.Model.Store;

namespace Gaoqing.Graph.Api.Tests.Support;

/// <summary>A store that counts the read calls it passes on to another store.</summary>
internal sealed class CountingStore(IGraphStore inner) : IGraphStore
{
    private int _reads;

    public int Reads => Volatile.Read(ref _reads);

    public void Reset() => Interlocked.Exchange(ref _reads, 0);

    public ValueTask<IngestOutcome> IngestAsync(DocumentGraph graph, CancellationToken cancellationToken = default) => inner.IngestAsync(graph, cancellationToken);

    public ValueTask<bool> RemoveDocumentAsync(string documentId, CancellationToken cancellationToken = default) => inner.RemoveDocumentAsync(documentId, cancellationToken);

    public ValueTask<IReadOnlyDictionary<string, GraphNode>> GetNodesAsync(IReadOnlyCollection<string> ids, CancellationToken cancellationToken = default) =>
        Count(inner.GetNodesAsync(ids, cancellationToken));

    public ValueTask<NodePage> GetNodesByLabelAsync(NodeQuery query, CancellationToken cancellationToken = default) =>
        Count(inner.GetNodesByLabelAsync(query, cancellationToken));

    public ValueTask<IReadOnlyDictionary<string, IReadOnlyList<GraphRelationship>>> GetRelationshipsAsync(
        IReadOnlyCollection<string> nodeIds, RelationshipDirection direction, string? type = null, CancellationToken cancellationToken = default) =>
        Count(inner.GetRelationshipsAsync(nodeIds, direction, type, cancellationToken));

    public ValueTask<IReadOnlyList<GraphNode>> GetDocumentsAsync(CancellationToken cancellationToken = default) => Count(inner.GetDocumentsAsync(cancellationToken));

    public ValueTask<GraphStatistics> GetStatisticsAsync(CancellationToken cancellationToken = default) => Count(inner.GetStatisticsAsync(cancellationToken));

    public ValueTask<DocumentText?> GetDocumentTextAsync(string documentId, CancellationToken cancellationToken = default) =>
        Count(inner.GetDocumentTextAsync(documentId, cancellationToken));

    public ValueTask<GraphContent> GetGraphAsync(CancellationToken cancellationToken = default) => Count(inner.GetGraphAsync(cancellationToken));

    public ValueTask DisposeAsync() => inner.DisposeAsync();

    private ValueTask<T> Count<T>(ValueTask<T> call)
    {
        Interlocked.Increment(ref _reads);
        return call;
    }
}
