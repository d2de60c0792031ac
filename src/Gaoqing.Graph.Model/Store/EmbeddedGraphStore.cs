using Gaoqing.Graph.Model.Tracing;

namespace Gaoqing.Graph.Model.Store;

/// <summary>The default store: a SQLite document log on disk and an immutable in-memory snapshot that answers every read.</summary>
/// <remarks>
/// Writes are serialized; each commits one SQLite transaction and then swaps in the next snapshot, so readers always see
/// a whole committed state and never wait for a writer.
/// </remarks>
public sealed class EmbeddedGraphStore : IGraphStore, IOutcomeSource
{
    private readonly DocumentLog log;
    private readonly SemaphoreSlim writeLock = new(1, 1);
    private GraphSnapshot snapshot;
    private Tuple<GraphSnapshot, OutcomeIndex>? tracedOutcomes;
    private long lastSequence;
    private bool disposed;

    private EmbeddedGraphStore(DocumentLog log, GraphSnapshot snapshot, long lastSequence)
    {
        this.log = log;
        this.snapshot = snapshot;
        this.lastSequence = lastSequence;
    }

    /// <summary>The data folder this store was opened on.</summary>
    public string DataDir { get; private init; } = string.Empty;

    /// <summary>Called after each row a write inserts; tests use it to make a write fail half-way.</summary>
    internal Action<int>? RowWritten
    {
        get => log.RowWritten;
        set => log.RowWritten = value;
    }

    private GraphSnapshot Current => Volatile.Read(ref snapshot);

    /// <summary>Opens the store in <paramref name="dataDir"/>, creating it if needed, and loads its snapshot.</summary>
    public static Task<EmbeddedGraphStore> OpenAsync(string dataDir, CancellationToken cancellationToken = default)
    {
        cancellationToken.ThrowIfCancellationRequested();
        var fullPath = Path.GetFullPath(dataDir);
        var log = DocumentLog.Open(fullPath);
        try
        {
            var documents = log.ReadAll();
            cancellationToken.ThrowIfCancellationRequested();
            var loaded = GraphSnapshot.Load(documents);
            var last = documents.Count == 0 ? 0 : documents[^1].Sequence;
            return Task.FromResult(new EmbeddedGraphStore(log, loaded, last) { DataDir = fullPath });
        }
        catch
        {
            log.Dispose();
            throw;
        }
    }

    /// <inheritdoc />
    public async ValueTask<IngestOutcome> IngestAsync(DocumentGraph graph, CancellationToken cancellationToken = default)
    {
        await writeLock.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            var document = StoredDocument.FromGraph(graph, lastSequence + 1);
            var current = Current;
            var warnings = new List<string>(document.Warnings);
            var conflicting = new List<string>();
            if (current.Documents.TryGetValue(document.Id, out var sameId))
            {
                if (sameId.ContentHash == document.ContentHash)
                {
                    return new IngestOutcome(document.Id, IngestStatus.Unchanged, [], warnings);
                }

                conflicting.Add(sameId.Id);
                Warn(warnings, sameId, document);
            }

            if (document.DocNumber is { } number && current.DocumentsByNumber.TryGetValue(number, out var sameNumberId) && sameNumberId != document.Id)
            {
                conflicting.Add(sameNumberId);
                Warn(warnings, current.Documents[sameNumberId], document);
            }

            var next = current.Apply(conflicting, document);
            log.Write(conflicting, document);
            lastSequence = document.Sequence;
            Volatile.Write(ref snapshot, next);
            return new IngestOutcome(document.Id, conflicting.Count == 0 ? IngestStatus.Added : IngestStatus.Replaced, conflicting, warnings);
        }
        finally
        {
            writeLock.Release();
        }
    }

    /// <inheritdoc />
    public async ValueTask<bool> RemoveDocumentAsync(string documentId, CancellationToken cancellationToken = default)
    {
        await writeLock.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            var current = Current;
            if (!current.Documents.ContainsKey(documentId))
            {
                return false;
            }

            var next = current.Apply([documentId], null);
            log.Write([documentId], null);
            Volatile.Write(ref snapshot, next);
            return true;
        }
        finally
        {
            writeLock.Release();
        }
    }

    /// <inheritdoc />
    public ValueTask<IReadOnlyDictionary<string, GraphNode>> GetNodesAsync(IReadOnlyCollection<string> ids, CancellationToken cancellationToken = default) =>
        ValueTask.FromResult(Current.GetNodes(ids));

    /// <inheritdoc />
    public ValueTask<NodePage> GetNodesByLabelAsync(NodeQuery query, CancellationToken cancellationToken = default) =>
        ValueTask.FromResult(Current.GetNodesByLabel(query));

    /// <inheritdoc />
    public ValueTask<IReadOnlyDictionary<string, IReadOnlyList<GraphRelationship>>> GetRelationshipsAsync(
        IReadOnlyCollection<string> nodeIds,
        RelationshipDirection direction,
        string? type = null,
        CancellationToken cancellationToken = default) =>
        ValueTask.FromResult(Current.GetRelationships(nodeIds, direction, type));

    /// <inheritdoc />
    public ValueTask<IReadOnlyList<GraphNode>> GetDocumentsAsync(CancellationToken cancellationToken = default) =>
        ValueTask.FromResult(Current.GetDocuments());

    /// <inheritdoc />
    public ValueTask<GraphStatistics> GetStatisticsAsync(CancellationToken cancellationToken = default) =>
        ValueTask.FromResult(Current.GetStatistics());

    /// <inheritdoc />
    public ValueTask<DocumentText?> GetDocumentTextAsync(string documentId, CancellationToken cancellationToken = default) =>
        ValueTask.FromResult(Current.GetDocumentText(documentId));

    /// <inheritdoc />
    public ValueTask<GraphContent> GetGraphAsync(CancellationToken cancellationToken = default) =>
        ValueTask.FromResult(Current.GetGraph());

    /// <summary>The outcomes of the current snapshot, traced once per committed write on first request and cached.</summary>
    public ValueTask<OutcomeIndex> GetOutcomesAsync(CancellationToken cancellationToken = default)
    {
        var current = Current;
        if (Volatile.Read(ref tracedOutcomes) is { } traced && ReferenceEquals(traced.Item1, current))
        {
            return ValueTask.FromResult(traced.Item2);
        }

        var outcomes = OutcomeTracer.Trace(current.GetGraph(), id => current.GetDocumentText(id)?.NormalizedText);
        Volatile.Write(ref tracedOutcomes, Tuple.Create(current, outcomes));
        return ValueTask.FromResult(outcomes);
    }

    /// <summary>Closes the database file.</summary>
    public async ValueTask DisposeAsync()
    {
        if (disposed)
        {
            return;
        }

        await writeLock.WaitAsync().ConfigureAwait(false);
        disposed = true;
        log.Dispose();
        writeLock.Dispose();
    }

    private static void Warn(List<string> warnings, StoredDocument stored, StoredDocument incoming)
    {
        var what = stored.TextHash == incoming.TextHash ? "a different extraction of the same text" : "different text";
        var name = incoming.DocNumber ?? incoming.Id;
        warnings.Add($"document {name} was already stored (as {stored.Id}) with {what}; the stored version was replaced");
    }
}
