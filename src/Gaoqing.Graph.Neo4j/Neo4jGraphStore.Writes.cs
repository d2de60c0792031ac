using Gaoqing.Graph.Model;
using Gaoqing.Graph.Model.Store;
using Gaoqing.Graph.Neo4j.QueryApi;

namespace Gaoqing.Graph.Neo4j;

/// <summary>The writes of the Neo4j store: each ingest or removal is one explicit transaction, batched with UNWIND.</summary>
public sealed partial class Neo4jGraphStore
{
    /// <summary>The most rows one request sends.</summary>
    internal const int BatchSize = 1000;

    private const string LockId = "writes";

    /// <inheritdoc />
    public async ValueTask<IngestOutcome> IngestAsync(DocumentGraph graph, CancellationToken cancellationToken = default) =>
        (await IngestAllAsync([graph], cancellationToken).ConfigureAwait(false))[0];

    /// <inheritdoc />
    public async ValueTask<IReadOnlyList<IngestOutcome>> IngestAllAsync(IReadOnlyList<DocumentGraph> graphs, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(graphs);
        var documents = graphs.Select(graph => StoredDocument.FromGraph(graph, 0)).ToArray();
        foreach (var document in documents)
        {
            CheckNames(document);
        }

        try
        {
            return await client.ExecuteWriteAsync(
                async (transaction, token) =>
                {
                    var outcomes = new List<IngestOutcome>(documents.Length);
                    var changed = false;
                    foreach (var document in documents)
                    {
                        var sequence = await LockAsync(transaction, token).ConfigureAwait(false);
                        var (outcome, wrote) = await IngestInTransactionAsync(transaction, document, sequence, token).ConfigureAwait(false);
                        outcomes.Add(outcome);
                        changed |= wrote;
                    }

                    return ((IReadOnlyList<IngestOutcome>)outcomes, changed);
                },
                cancellationToken).ConfigureAwait(false);
        }
        catch (Neo4jException error) when (error.IsConstraintViolation)
        {
            throw new InvalidDataException($"documents {string.Join(", ", documents.Select(document => document.Id))} cannot be stored in Neo4j: {error.Message}", error);
        }
    }

    private async Task<(IngestOutcome Outcome, bool Wrote)> IngestInTransactionAsync(
        QueryApiTransaction transaction, StoredDocument document, long sequence, CancellationToken token)
    {
        var added = SourceGraph.From(document);
        var stored = await FindDocumentsAsync(transaction, document.Id, document.DocNumber, token).ConfigureAwait(false);
        var warnings = new List<string>(document.Warnings);
        var sameId = stored.FirstOrDefault(found => found.Id == document.Id);
        if (sameId is not null && sameId.ContentHash == document.ContentHash)
        {
            return (new IngestOutcome(document.Id, IngestStatus.Unchanged, [], warnings), false);
        }

        var conflicting = stored.OrderBy(found => found.Id == document.Id ? 0 : 1).ToArray();
        foreach (var found in conflicting)
        {
            var what = found.TextHash == document.TextHash ? "a different extraction of the same text" : "different text";
            warnings.Add($"document {document.DocNumber ?? document.Id} was already stored (as {found.Id}) with {what}; the stored version was replaced");
        }

        await ApplyAsync(transaction, [.. conflicting.Select(found => SourceGraph.Read(found.Id, found.Graph))], added, token).ConfigureAwait(false);
        await transaction.RunAsync(CypherStatements.CreateSourceDocument, Parameters(("document", SourceDocument(document, added, sequence))), token)
            .ConfigureAwait(false);
        var status = conflicting.Length == 0 ? IngestStatus.Added : IngestStatus.Replaced;
        return (new IngestOutcome(document.Id, status, [.. conflicting.Select(found => found.Id)], warnings), true);
    }

    /// <inheritdoc />
    public async ValueTask<bool> RemoveDocumentAsync(string documentId, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(documentId);
        return await client.ExecuteWriteAsync(
            async (transaction, token) =>
            {
                await LockAsync(transaction, token).ConfigureAwait(false);
                var stored = (await FindDocumentsAsync(transaction, documentId, null, token).ConfigureAwait(false)).FirstOrDefault(found => found.Id == documentId);
                if (stored is null)
                {
                    return (false, false);
                }

                await ApplyAsync(transaction, [SourceGraph.Read(stored.Id, stored.Graph)], null, token).ConfigureAwait(false);
                return (true, true);
            },
            cancellationToken).ConfigureAwait(false);
    }

    private static void CheckNames(StoredDocument document)
    {
        foreach (var node in document.Nodes)
        {
            if (node.Labels.FirstOrDefault(Neo4jValues.ReservedLabels.Contains) is { } label)
            {
                throw new InvalidDataException($"node {node.Id}: the label {label} is reserved by the Neo4j store");
            }

            CheckProperties(node.Properties, $"node {node.Id}");
        }

        foreach (var relationship in document.Relationships)
        {
            CheckProperties(relationship.Properties, $"relationship {relationship.Id}");
        }
    }

    private static void CheckProperties(IReadOnlyDictionary<string, object?> properties, string owner)
    {
        if (properties.Keys.FirstOrDefault(Neo4jValues.Reserved.Contains) is { } key)
        {
            throw new InvalidDataException($"{owner}: the property name '{key}' is reserved by the Neo4j store");
        }
    }

    private static Dictionary<string, object?> SourceDocument(StoredDocument document, SourceGraph graph, long sequence) => new()
    {
        ["id"] = document.Id,
        ["sequence"] = sequence,
        ["docNumber"] = document.DocNumber,
        ["contentHash"] = document.ContentHash,
        ["textHash"] = document.TextHash,
        ["normalizedText"] = document.NormalizedText,
        ["originalText"] = document.OriginalText,
        ["warnings"] = document.Warnings,
        ["graph"] = graph.ToJson(),
    };

    private static async Task<long> LockAsync(QueryApiTransaction transaction, CancellationToken cancellationToken)
    {
        var result = await transaction.RunAsync(CypherStatements.LockWrites, Parameters(("lock", LockId)), cancellationToken).ConfigureAwait(false);
        return result.Rows.Count == 1
            ? result.Value(result.Rows[0], "sequence").GetInt64()
            : throw new Neo4jException("Neo4j did not return the write sequence number", null, null, transient: false);
    }

    private static async Task<IReadOnlyList<StoredSource>> FindDocumentsAsync(
        QueryApiTransaction transaction, string id, string? docNumber, CancellationToken cancellationToken)
    {
        var result = await transaction.RunAsync(CypherStatements.FindDocuments, Parameters(("id", id), ("docNumber", docNumber)), cancellationToken)
            .ConfigureAwait(false);
        return
        [
            .. result.Rows.Select(row => new StoredSource(
                Neo4jValues.Text(result.Value(row, "id"), "id"),
                Neo4jValues.Text(result.Value(row, "contentHash"), "contentHash"),
                Neo4jValues.Text(result.Value(row, "textHash"), "textHash"),
                Neo4jValues.Text(result.Value(row, "graph"), "graph"))),
        ];
    }

    private static async Task ApplyAsync(QueryApiTransaction transaction, IReadOnlyList<SourceGraph> removed, SourceGraph? added, CancellationToken cancellationToken)
    {
        var nodes = new Dictionary<string, StatedElement<GraphNode>>(StringComparer.Ordinal);
        foreach (var result in await RunBatchedAsync(transaction, CypherStatements.GetNodes, "ids", GraphChange.AffectedNodes(removed, added), cancellationToken).ConfigureAwait(false))
        {
            foreach (var row in result.Rows)
            {
                var properties = result.Value(row, "properties");
                var node = Neo4jValues.Node(result.Value(row, "id"), result.Value(row, "labels"), properties);
                nodes[node.Id] = new StatedElement<GraphNode>(node, Neo4jValues.StatedBy(properties));
            }
        }

        var relationships = new Dictionary<string, StatedElement<GraphRelationship>>(StringComparer.Ordinal);
        var relationshipKeys = GraphChange.AffectedRelationships(removed, added)
            .Select(relationship => new Dictionary<string, object?> { ["id"] = relationship.Id, ["start"] = relationship.Start })
            .ToArray();
        foreach (var result in await RunBatchedAsync(transaction, CypherStatements.ReadStatedRelationships, "rows", relationshipKeys, cancellationToken).ConfigureAwait(false))
        {
            foreach (var row in result.Rows)
            {
                var properties = result.Value(row, "properties");
                var relationship = new GraphRelationship(
                    Neo4jValues.Text(result.Value(row, "id"), "id"),
                    Neo4jValues.Text(result.Value(row, "type"), "type"),
                    Neo4jValues.Text(result.Value(row, "start"), "start"),
                    Neo4jValues.Text(result.Value(row, "end"), "end"),
                    Neo4jValues.Properties(properties));
                relationships[relationship.Id] = new StatedElement<GraphRelationship>(relationship, Neo4jValues.StatedBy(properties));
            }
        }

        var removedIds = removed.Select(graph => graph.Id).ToHashSet(StringComparer.Ordinal);
        var sources = new Dictionary<string, SourceGraph>(StringComparer.Ordinal);
        var needed = GraphChange.SourcesNeeded(removedIds, nodes.Values, relationships.Values);
        foreach (var result in await RunBatchedAsync(transaction, CypherStatements.ReadSourceGraphs, "ids", needed, cancellationToken).ConfigureAwait(false))
        {
            foreach (var row in result.Rows)
            {
                var id = Neo4jValues.Text(result.Value(row, "id"), "id");
                sources[id] = SourceGraph.Read(id, Neo4jValues.Text(result.Value(row, "graph"), "graph"));
            }
        }

        var change = GraphChange.Plan(removed, added, nodes, relationships, sources);
        await RunBatchedAsync(transaction, CypherStatements.DeleteSourceDocuments, "ids", [.. removedIds], cancellationToken).ConfigureAwait(false);
        await RunBatchedAsync(transaction, CypherStatements.DeleteRelationships, "rows", change.DeletedRelationships, cancellationToken).ConfigureAwait(false);
        await RunBatchedAsync(transaction, CypherStatements.DeleteNodes, "ids", change.DeletedNodes, cancellationToken).ConfigureAwait(false);
        await RunBatchedAsync(transaction, CypherStatements.WriteNodes, "rows", change.NodeRows, cancellationToken).ConfigureAwait(false);
        await RunBatchedAsync(transaction, CypherStatements.WriteRelationships, "rows", change.RelationshipRows, cancellationToken).ConfigureAwait(false);
    }

    private static async Task<IReadOnlyList<QueryResult>> RunBatchedAsync<T>(
        QueryApiTransaction transaction, CypherStatement statement, string parameter, IReadOnlyList<T> rows, CancellationToken cancellationToken)
    {
        var results = new List<QueryResult>();
        foreach (var batch in rows.Chunk(BatchSize))
        {
            results.Add(await transaction.RunAsync(statement, Parameters((parameter, batch)), cancellationToken).ConfigureAwait(false));
        }

        return results;
    }

    /// <summary>A stored document as the write path sees it: id, hashes and the graph it stated (JSON).</summary>
    private sealed record StoredSource(string Id, string ContentHash, string TextHash, string Graph);
}
