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
        var log = DocumentLog.Open(Path.GetFullPath(dataDir));
        try
        {
            var documents = log.ReadAll();
            cancellationToken.ThrowIfCancellationRequested();
            var loaded = GraphSnapshot.Load(documents);
            var last = documents.Count == 0 ? 0 : documents[^1].Sequence;
            return Task.FromResult(new EmbeddedGraphStore(log, loaded, last));
        }
        catch
        {
            log.Dispose();
            throw;
        }
    }

    /// <inheritdoc />
    public async ValueTask<IngestOutcome> IngestAsync(DocumentGraph graph, CancellationToken cancellationToken = default) =>
        (await IngestAllAsync([graph], cancellationToken).ConfigureAwait(false))[0];

    /// <inheritdoc />
    public async ValueTask<IReadOnlyList<IngestOutcome>> IngestAllAsync(IReadOnlyList<DocumentGraph> graphs, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(graphs);
        await writeLock.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            var next = Current;
            var sequence = lastSequence;
            var removed = new List<string>();
            var added = new List<StoredDocument>();
            var outcomes = new List<IngestOutcome>(graphs.Count);
            foreach (var graph in graphs)
            {
                cancellationToken.ThrowIfCancellationRequested();
                var document = StoredDocument.FromGraph(graph, sequence + 1);
                var outcome = Plan(next, document);
                outcomes.Add(outcome);
                if (outcome.Status == IngestStatus.Unchanged)
                {
                    continue;
                }

                sequence = document.Sequence;
                next = next.Apply(outcome.ReplacedDocumentIds, document);
                foreach (var replaced in outcome.ReplacedDocumentIds)
                {
                    if (added.RemoveAll(earlier => earlier.Id == replaced) == 0)
                    {
                        removed.Add(replaced);
                    }
                }

                added.Add(document);
            }

            if (added.Count > 0 || removed.Count > 0)
            {
                log.Write(removed, added);
                lastSequence = sequence;
                Volatile.Write(ref snapshot, next);
            }

            return outcomes;
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
            log.Write([documentId], []);
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

    /// <summary>What ingesting <paramref name="document"/> into <paramref name="graph"/> does: nothing, add, or replace.</summary>
    private static IngestOutcome Plan(GraphSnapshot graph, StoredDocument document)
    {
        var warnings = new List<string>(document.Warnings);
        var replaced = new List<string>();
        if (graph.Documents.TryGetValue(document.Id, out var sameId))
        {
            if (sameId.ContentHash == document.ContentHash)
            {
                return new IngestOutcome(document.Id, IngestStatus.Unchanged, [], warnings);
            }

            replaced.Add(sameId.Id);
            Warn(warnings, sameId, document);
        }

        if (document.DocNumber is { } number && graph.DocumentsByNumber.TryGetValue(number, out var sameNumberId) && sameNumberId != document.Id)
        {
            replaced.Add(sameNumberId);
            Warn(warnings, graph.Documents[sameNumberId], document);
        }

        return new IngestOutcome(document.Id, replaced.Count == 0 ? IngestStatus.Added : IngestStatus.Replaced, replaced, warnings);
    }

    private static void Warn(List<string> warnings, StoredDocument stored, StoredDocument incoming)
    {
        var what = stored.TextHash == incoming.TextHash ? "a different extraction of the same text" : "different text";
        var name = incoming.DocNumber ?? incoming.Id;
        warnings.Add($"document {name} was already stored (as {stored.Id}) with {what}; the stored version was replaced");
    }
}
