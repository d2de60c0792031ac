using Gaoqing.Graph.Model.Export;
using Gaoqing.Graph.Model.Store;
using Gaoqing.Graph.Model.Tests.Store;

namespace Gaoqing.Graph.Model.Tests.Export;

public sealed class SeedCypherFreshnessTests : IDisposable
{
    private readonly TemporaryDirectory directory = new();

    public void Dispose() => directory.Dispose();

    [Fact]
    public async Task CommittedSeedCypher_IsWhatTheSeedDocumentsGiveToday()
    {
        var options = new EmbeddedStoreOptions
        {
            DataDir = directory.Path,
            SeedDir = RepositoryPaths.SeedDocuments,
        };
        await using var store = await GraphStoreSeeder.OpenEmbeddedAsync(options);

        var regenerated = CypherScriptWriter.ToScript(await store.GetGraphAsync());

        var committed = await File.ReadAllTextAsync(Path.Combine(RepositoryPaths.Root, "graph-seed", "seed.cypher"));
        Assert.True(
            regenerated == committed,
            "graph-seed/seed.cypher is stale; regenerate it from the repository root with: " +
            "Graph__DataDir=$(mktemp -d) dotnet run --project src/Gaoqing.Graph.Cli -- export --format cypher --out graph-seed/seed.cypher");
        Assert.Contains("MERGE (n:Task {id: 'document:高政办字〔2023〕20号/task:26'})", committed);
    }
}
