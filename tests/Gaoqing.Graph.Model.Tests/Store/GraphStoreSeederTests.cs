using Gaoqing.Graph.Model.Export;
using Gaoqing.Graph.Model.Store;

namespace Gaoqing.Graph.Model.Tests.Store;

public sealed class GraphStoreSeederTests : IDisposable
{
    private readonly TemporaryDirectory directory = new();

    public void Dispose() => directory.Dispose();

    private EmbeddedStoreOptions Options => new()
    {
        DataDir = directory.Path,
        SeedDir = RepositoryPaths.SeedDocuments,
    };

    [Fact]
    public async Task EmptyStore_LoadsBothSeedDocumentsThroughThePipeline()
    {
        await using var store = await GraphStoreSeeder.OpenEmbeddedAsync(Options);

        var documents = await store.GetDocumentsAsync();
        Assert.Equal(
            new[] { SeedFiles.KeyTasks.Document.Id, SeedFiles.Plan.Document.Id }.Order(StringComparer.Ordinal),
            documents.Select(document => document.Id).Order(StringComparer.Ordinal));
        var expected = GraphExport.Merge([SeedFiles.KeyTasks, SeedFiles.Plan]);
        var graph = await store.GetGraphAsync();
        Assert.Equal(expected.Nodes.Select(node => node.Id).Order(StringComparer.Ordinal), graph.Nodes.Select(node => node.Id));
        Assert.Equal(expected.Relationships.Select(r => r.Id).Order(StringComparer.Ordinal), graph.Relationships.Select(r => r.Id));
        var stats = await store.GetStatisticsAsync();
        Assert.True(stats.Nodes("Task") >= 70);
        var text = await store.GetDocumentTextAsync(SeedFiles.KeyTasks.Document.Id);
        Assert.Equal(SeedFiles.KeyTasks.NormalizedText, text!.NormalizedText);
    }

    [Fact]
    public async Task StoreWithDocuments_IsNotSeededAgain()
    {
        await using (var store = await EmbeddedGraphStore.OpenAsync(directory.Path))
        {
            await store.IngestAsync(SampleGraphs.Document(1));
        }

        await using var reopened = await GraphStoreSeeder.OpenEmbeddedAsync(Options);

        Assert.Equal(["document:1"], (await reopened.GetDocumentsAsync()).Select(document => document.Id));
        Assert.Empty(await GraphStoreSeeder.SeedIfEmptyAsync(reopened, Options.SeedDirPath));
    }

    [Fact]
    public void RelativeDirectories_ResolveAgainstTheCurrentDirectory()
    {
        var options = new EmbeddedStoreOptions { DataDir = "data", SeedDir = "graph-seed/documents" };

        Assert.Equal(Path.Combine(Environment.CurrentDirectory, "data"), options.DataDirPath);
        Assert.Equal(Path.Combine(Environment.CurrentDirectory, "graph-seed", "documents"), options.SeedDirPath);
    }
}
