namespace Gaoqing.Graph.Neo4j.QueryApi;

/// <summary>An explicit transaction open on the server: statements run inside it until it is committed or rolled back.</summary>
public sealed class QueryApiTransaction
{
    private readonly QueryApiClient client;

    internal QueryApiTransaction(QueryApiClient client, string id, string? affinity)
    {
        this.client = client;
        Id = id;
        Affinity = affinity;
    }

    /// <summary>The server's id of the transaction.</summary>
    public string Id { get; }

    /// <summary>The neo4j-cluster-affinity header the server gave when the transaction began (Aura), sent back with every request.</summary>
    internal string? Affinity { get; }

    /// <summary>True once committed or rolled back.</summary>
    public bool IsClosed { get; private set; }

    /// <summary>Runs one statement inside the transaction; a failure is not retried here (the whole transaction is).</summary>
    public Task<QueryResult> RunAsync(CypherStatement statement, IReadOnlyDictionary<string, object?> parameters, CancellationToken cancellationToken = default)
    {
        ObjectDisposedException.ThrowIf(IsClosed, this);
        return client.RunInTransactionAsync(this, statement, parameters, cancellationToken);
    }

    /// <summary>Commits everything the transaction wrote.</summary>
    public async Task CommitAsync(CancellationToken cancellationToken = default)
    {
        ObjectDisposedException.ThrowIf(IsClosed, this);
        IsClosed = true;
        await client.CommitAsync(this, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Rolls back everything the transaction wrote.</summary>
    public async Task RollbackAsync(CancellationToken cancellationToken = default)
    {
        if (IsClosed)
        {
            return;
        }

        IsClosed = true;
        await client.RollbackAsync(this, cancellationToken).ConfigureAwait(false);
    }
}
