using System.Collections.Immutable;
using System.Text.Json;
using Gaoqing.Graph.Model;
using Gaoqing.Graph.Model.Store;
using Gaoqing.Graph.Neo4j.QueryApi;

namespace Gaoqing.Graph.Neo4j;

/// <summary>An <see cref="IGraphStore"/> on Neo4j 5.26+ (or Aura) over the HTTP Query API; every read is one request.</summary>
/// <remarks>
/// Each ingest or removal is one explicit transaction that first takes a lock node, so writers from several processes
/// are serialized and a failed write leaves nothing behind. Neo4j stores no null property values: a property whose merged
/// value is null is absent from the nodes this store returns. See <see cref="CypherStatements"/> for the data model.
/// </remarks>
public sealed partial class Neo4jGraphStore : IGraphStore
{
    private readonly QueryApiClient client;
    private readonly bool ownsClient;

    /// <summary>A store over <paramref name="client"/>; call <see cref="EnsureSchemaAsync"/> before the first write.</summary>
    public Neo4jGraphStore(QueryApiClient client, bool ownsClient = false)
    {
        ArgumentNullException.ThrowIfNull(client);
        this.client = client;
        this.ownsClient = ownsClient;
    }

    /// <summary>Connects, creates the constraints and indexes, and loads the seed documents if the database has none.</summary>
    /// <param name="options">Where Neo4j is.</param>
    /// <param name="seedDir">The folder of seed documents (Graph__SeedDir); null to load none.</param>
    /// <param name="handler">Replaces the network (tests); null for the real one.</param>
    /// <param name="cancellationToken">Cancels the start.</param>
    /// <exception cref="Neo4jException">Neo4j cannot be reached, refuses the credentials or the schema.</exception>
    public static async Task<Neo4jGraphStore> OpenAsync(
        Neo4jOptions options, string? seedDir = null, HttpMessageHandler? handler = null, CancellationToken cancellationToken = default)
    {
        var store = new Neo4jGraphStore(new QueryApiClient(options, handler), ownsClient: true);
        try
        {
            await store.EnsureSchemaAsync(cancellationToken).ConfigureAwait(false);
            if (seedDir is not null)
            {
                await GraphStoreSeeder.SeedIfEmptyAsync(store, seedDir, cancellationToken).ConfigureAwait(false);
            }

            return store;
        }
        catch
        {
            await store.DisposeAsync().ConfigureAwait(false);
            throw;
        }
    }

    /// <summary>Creates the constraints (unique id per label and relationship type) and the lookup indexes on names, if missing.</summary>
    public async Task EnsureSchemaAsync(CancellationToken cancellationToken = default)
    {
        foreach (var statement in CypherStatements.Schema)
        {
            await client.RunAsync(statement, NoParameters, cancellationToken).ConfigureAwait(false);
        }
    }

    /// <inheritdoc />
    public async ValueTask<IReadOnlyDictionary<string, GraphNode>> GetNodesAsync(IReadOnlyCollection<string> ids, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(ids);
        if (ids.Count == 0)
        {
            return ImmutableDictionary<string, GraphNode>.Empty;
        }

        var result = await client.RunAsync(CypherStatements.GetNodes, Parameters(("ids", ids.Distinct(StringComparer.Ordinal).ToArray())), cancellationToken).ConfigureAwait(false);
        return result.Rows
            .Select(row => Neo4jValues.Node(result.Value(row, "id"), result.Value(row, "labels"), result.Value(row, "properties")))
            .ToDictionary(node => node.Id, StringComparer.Ordinal);
    }

    /// <inheritdoc />
    public async ValueTask<NodePage> GetNodesByLabelAsync(NodeQuery query, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(query);
        ArgumentOutOfRangeException.ThrowIfNegative(query.First);
        var where = (query.Where ?? ImmutableDictionary<string, object?>.Empty)
            .ToDictionary(pair => pair.Key, pair => PropertyValues.Normalize(pair.Value, $"filter {pair.Key}"), StringComparer.Ordinal);
        var parameters = Parameters(("where", where), ("search", query.Search), ("after", query.After), ("first", query.First));
        if (!CypherStatements.GetNodesOfLabel.TryGetValue(query.Label, out var statement))
        {
            statement = CypherStatements.GetNodesByLabel;
            parameters["label"] = query.Label;
        }

        var result = await client.RunAsync(statement, parameters, cancellationToken).ConfigureAwait(false);
        if (result.Rows.Count == 0)
        {
            return new NodePage([], 0, false, null);
        }

        var row = result.Rows[0];
        var page = result.Value(row, "page").EnumerateArray().Select(Neo4jValues.Node).ToArray();
        return new NodePage(page, result.Value(row, "total").GetInt32(), result.Value(row, "hasNextPage").GetBoolean(), page.Length > 0 ? page[^1].Id : null);
    }

    /// <inheritdoc />
    public async ValueTask<IReadOnlyDictionary<string, IReadOnlyList<GraphRelationship>>> GetRelationshipsAsync(
        IReadOnlyCollection<string> nodeIds,
        RelationshipDirection direction,
        string? type = null,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(nodeIds);
        var found = nodeIds.Distinct(StringComparer.Ordinal).ToDictionary(id => id, _ => new List<GraphRelationship>(), StringComparer.Ordinal);
        if (found.Count > 0)
        {
            var statement = direction == RelationshipDirection.Outgoing ? CypherStatements.GetOutgoingRelationships : CypherStatements.GetIncomingRelationships;
            var result = await client.RunAsync(statement, Parameters(("ids", found.Keys.ToArray()), ("type", type)), cancellationToken).ConfigureAwait(false);
            foreach (var row in result.Rows)
            {
                var relationship = new GraphRelationship(
                    Neo4jValues.Text(result.Value(row, "id"), "id"),
                    Neo4jValues.Text(result.Value(row, "type"), "type"),
                    Neo4jValues.Text(result.Value(row, "start"), "start"),
                    Neo4jValues.Text(result.Value(row, "end"), "end"),
                    Neo4jValues.Properties(result.Value(row, "properties")));
                found[Neo4jValues.Text(result.Value(row, "node"), "node")].Add(relationship);
            }
        }

        return found.ToDictionary(
            pair => pair.Key,
            pair => (IReadOnlyList<GraphRelationship>)[.. pair.Value.OrderBy(relationship => relationship.Id, StringComparer.Ordinal)],
            StringComparer.Ordinal);
    }

    /// <inheritdoc />
    public async ValueTask<IReadOnlyList<GraphNode>> GetDocumentsAsync(CancellationToken cancellationToken = default)
    {
        var result = await client.RunAsync(CypherStatements.GetDocuments, NoParameters, cancellationToken).ConfigureAwait(false);
        return [.. result.Rows.Select(row => Neo4jValues.Node(result.Value(row, "id"), result.Value(row, "labels"), result.Value(row, "properties")))];
    }

    /// <inheritdoc />
    public async ValueTask<GraphStatistics> GetStatisticsAsync(CancellationToken cancellationToken = default)
    {
        var result = await client.RunAsync(CypherStatements.GetStatistics, NoParameters, cancellationToken).ConfigureAwait(false);
        if (result.Rows.Count == 0)
        {
            return new GraphStatistics(0, ImmutableSortedDictionary<string, int>.Empty, ImmutableSortedDictionary<string, int>.Empty, 0);
        }

        var row = result.Rows[0];
        var labels = Counts(result.Value(row, "labels"), "label");
        var types = Counts(result.Value(row, "types"), "type");
        return new GraphStatistics(result.Value(row, "documents").GetInt32(), labels, types, types.Values.Sum());
    }

    /// <inheritdoc />
    public async ValueTask<DocumentText?> GetDocumentTextAsync(string documentId, CancellationToken cancellationToken = default)
    {
        var result = await client.RunAsync(CypherStatements.GetDocumentText, Parameters(("id", documentId)), cancellationToken).ConfigureAwait(false);
        return result.Rows.Count == 0
            ? null
            : new DocumentText(
                documentId,
                Neo4jValues.Text(result.Value(result.Rows[0], "normalizedText"), "normalizedText"),
                Neo4jValues.Text(result.Value(result.Rows[0], "originalText"), "originalText"));
    }

    /// <inheritdoc />
    public async ValueTask<GraphContent> GetGraphAsync(CancellationToken cancellationToken = default)
    {
        var result = await client.RunAsync(CypherStatements.GetGraph, NoParameters, cancellationToken).ConfigureAwait(false);
        if (result.Rows.Count == 0)
        {
            return new GraphContent([], []);
        }

        var row = result.Rows[0];
        return new GraphContent(
            [.. result.Value(row, "nodes").EnumerateArray().Select(Neo4jValues.Node).OrderBy(node => node.Id, StringComparer.Ordinal)],
            [.. result.Value(row, "relationships").EnumerateArray().Select(Neo4jValues.Relationship).OrderBy(relationship => relationship.Id, StringComparer.Ordinal)]);
    }

    /// <summary>Disposes the client if this store created it.</summary>
    public ValueTask DisposeAsync()
    {
        if (ownsClient)
        {
            client.Dispose();
        }

        return ValueTask.CompletedTask;
    }

    private static IReadOnlyDictionary<string, object?> NoParameters { get; } = ImmutableDictionary<string, object?>.Empty;

    private static Dictionary<string, object?> Parameters(params (string Name, object? Value)[] parameters) =>
        parameters.ToDictionary(parameter => parameter.Name, parameter => parameter.Value, StringComparer.Ordinal);

    private static ImmutableSortedDictionary<string, int> Counts(JsonElement list, string key) =>
        list.EnumerateArray().ToImmutableSortedDictionary(
            item => Neo4jValues.Text(item.GetProperty(key), key),
            item => item.GetProperty("count").GetInt32(),
            StringComparer.Ordinal);
}
