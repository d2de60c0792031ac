using Gaoqing.Graph.Model.Store;

namespace Gaoqing.Graph.Model.Tests.Tracing;

/// <summary>A store that only forwards the <see cref="IGraphStore"/> reads, as the Neo4j store offers them: no outcomes of its own.</summary>
internal sealed class GraphOnlyStore(IGraphStore inner) : IGraphStore
{
    public ValueTask<IngestOutcome> IngestAsync(DocumentGraph graph, CancellationToken cancellationToken = default) => inner.IngestAsync(graph, cancellationToken);

    public ValueTask<IReadOnlyList<IngestOutcome>> IngestAllAsync(IReadOnlyList<DocumentGraph> graphs, CancellationToken cancellationToken = default) =>
        inner.IngestAllAsync(graphs, cancellationToken);

    public ValueTask<bool> RemoveDocumentAsync(string documentId, CancellationToken cancellationToken = default) => inner.RemoveDocumentAsync(documentId, cancellationToken);

    public ValueTask<IReadOnlyDictionary<string, GraphNode>> GetNodesAsync(IReadOnlyCollection<string> ids, CancellationToken cancellationToken = default) =>
        inner.GetNodesAsync(ids, cancellationToken);

    public ValueTask<NodePage> GetNodesByLabelAsync(NodeQuery query, CancellationToken cancellationToken = default) => inner.GetNodesByLabelAsync(query, cancellationToken);

    public ValueTask<IReadOnlyDictionary<string, IReadOnlyList<GraphRelationship>>> GetRelationshipsAsync(
        IReadOnlyCollection<string> nodeIds, RelationshipDirection direction, string? type = null, CancellationToken cancellationToken = default) =>
        inner.GetRelationshipsAsync(nodeIds, direction, type, cancellationToken);

    public ValueTask<IReadOnlyList<GraphNode>> GetDocumentsAsync(CancellationToken cancellationToken = default) => inner.GetDocumentsAsync(cancellationToken);

    public ValueTask<GraphStatistics> GetStatisticsAsync(CancellationToken cancellationToken = default) => inner.GetStatisticsAsync(cancellationToken);

    public ValueTask<DocumentText?> GetDocumentTextAsync(string documentId, CancellationToken cancellationToken = default) => inner.GetDocumentTextAsync(documentId, cancellationToken);

    public ValueTask<GraphContent> GetGraphAsync(CancellationToken cancellationToken = default) => inner.GetGraphAsync(cancellationToken);

    public ValueTask DisposeAsync() => ValueTask.CompletedTask;
}
