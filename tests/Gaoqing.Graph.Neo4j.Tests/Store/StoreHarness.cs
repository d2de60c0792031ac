namespace Gaoqing.Graph.Neo4j.Tests.Store;

/// <summary>A Neo4j store wired to a <see cref="FakeQueryApi"/>.</summary>
internal sealed class StoreHarness : IAsyncDisposable
{
    public StoreHarness()
    {
        Client = new QueryApiClient(
            new Neo4jOptions { Url = "http://127.0.0.1:7474", Password = "secret", MaxRetries = 1, RetryDelay = TimeSpan.FromMilliseconds(1) },
            Server);
        Store = new Neo4jGraphStore(Client);
    }

    public FakeQueryApi Server { get; } = new();

    public QueryApiClient Client { get; }

    public Neo4jGraphStore Store { get; }

    /// <summary>The requests with a statement, in order.</summary>
    public IEnumerable<RecordedRequest> Statements => Server.Requests.Where(request => request.Statement is not null);

    public async ValueTask DisposeAsync()
    {
        await Store.DisposeAsync();
        Client.Dispose();
    }
}
