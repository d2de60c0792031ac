namespace Gaoqing.Graph.Model.Store;

/// <summary>A property graph built from documents: atomic per-document writes and batched reads.</summary>
/// <remarks>
/// Every read sees one whole committed state of the graph, never part of a write. Batched reads take many ids in one
/// call so that a GraphQL layer can resolve a list of parents with one round trip.
/// </remarks>
public interface IGraphStore : IAsyncDisposable
{
    /// <summary>Adds a document's graph, all of it or none of it.</summary>
    /// <remarks>
    /// The same graph again changes nothing (<see cref="IngestStatus.Unchanged"/>). A graph whose document id or
    /// docNumber is already stored with other content replaces the stored document in the same transaction
    /// (<see cref="IngestStatus.Replaced"/>) and says so in a warning. Throws <see cref="InvalidDataException"/> for a
    /// graph that cannot be stored; the store is then unchanged.
    /// </remarks>
    ValueTask<IngestOutcome> IngestAsync(DocumentGraph graph, CancellationToken cancellationToken = default);

    /// <summary>Adds several documents' graphs in one write, all of them or none of them; each as by <see cref="IngestAsync"/>, in order.</summary>
    /// <remarks>Seeding uses it, so a process killed while seeding leaves an empty store that is seeded again on the next start.</remarks>
    ValueTask<IReadOnlyList<IngestOutcome>> IngestAllAsync(IReadOnlyList<DocumentGraph> graphs, CancellationToken cancellationToken = default);

    /// <summary>Removes a document and everything only it states; nodes other documents state stay. False if absent.</summary>
    ValueTask<bool> RemoveDocumentAsync(string documentId, CancellationToken cancellationToken = default);

    /// <summary>The nodes with the given ids; ids not in the graph are absent from the result.</summary>
    ValueTask<IReadOnlyDictionary<string, GraphNode>> GetNodesAsync(IReadOnlyCollection<string> ids, CancellationToken cancellationToken = default);

    /// <summary>One page of the nodes with a label, filtered and searched, in id order.</summary>
    ValueTask<NodePage> GetNodesByLabelAsync(NodeQuery query, CancellationToken cancellationToken = default);

    /// <summary>For each node id, its relationships in one direction, optionally of one type, in id order.</summary>
    /// <remarks>Every requested id is a key of the result; a node without such relationships maps to an empty list.</remarks>
    ValueTask<IReadOnlyDictionary<string, IReadOnlyList<GraphRelationship>>> GetRelationshipsAsync(
        IReadOnlyCollection<string> nodeIds,
        RelationshipDirection direction,
        string? type = null,
        CancellationToken cancellationToken = default);

    /// <summary>The Document nodes, in the order they were ingested.</summary>
    ValueTask<IReadOnlyList<GraphNode>> GetDocumentsAsync(CancellationToken cancellationToken = default);

    /// <summary>Counts of documents, nodes per label and relationships per type.</summary>
    ValueTask<GraphStatistics> GetStatisticsAsync(CancellationToken cancellationToken = default);

    /// <summary>A document's normalized and original text (evidence offsets point into the normalized one), or null.</summary>
    ValueTask<DocumentText?> GetDocumentTextAsync(string documentId, CancellationToken cancellationToken = default);

    /// <summary>The whole graph, nodes and relationships each in id order, for export.</summary>
    ValueTask<GraphContent> GetGraphAsync(CancellationToken cancellationToken = default);
}
