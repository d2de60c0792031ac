namespace Gaoqing.Graph.Neo4j.Tests.Contract;

/// <summary>The store contract on the embedded store, in a fresh data folder per test.</summary>
public sealed class EmbeddedGraphStoreContractTests : GraphStoreContract
{
    private readonly string dataDir = Path.Combine(Path.GetTempPath(), "gaoqing-contract-" + Guid.NewGuid().ToString("N"));

    /// <inheritdoc />
    protected override async Task<IGraphStore> OpenEmptyStoreAsync() => await EmbeddedGraphStore.OpenAsync(dataDir);

    /// <inheritdoc />
    protected override Task CleanUpAsync()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        Directory.Delete(dataDir, recursive: true);
        return Task.CompletedTask;
    }
}
