using Gaoqing.Graph.Answering;
using Gaoqing.Graph.Model.Store;

namespace Gaoqing.Graph.Answering.Tests;

/// <summary>The seed graph built in process from graph-seed/documents into a temporary embedded store, with an answerer.</summary>
public sealed class SeedGraph : IAsyncLifetime
{
    private readonly string _dataDir = Path.Combine(Path.GetTempPath(), "gaoqing-answering-" + Guid.NewGuid().ToString("N"));

    /// <summary>The store holding the seed documents.</summary>
    public EmbeddedGraphStore Store { get; private set; } = null!;

    /// <summary>The answerer over <see cref="Store"/>.</summary>
    public QuestionAnswerer Answerer { get; private set; } = null!;

    /// <summary>The gold files: repository root/../shared/gold.</summary>
    public static string GoldDir => Path.Combine(RepositoryPaths.Shared, "gold");

    /// <summary>A file of this test project's Data folder.</summary>
    public static string DataFile(string name) => Path.Combine(RepositoryPaths.Root, "tests", "Gaoqing.Graph.Answering.Tests", "Data", name);

    /// <inheritdoc />
    public async Task InitializeAsync()
    {
        Store = await EmbeddedGraphStore.OpenAsync(_dataDir);
        await GraphStoreSeeder.SeedIfEmptyAsync(Store, RepositoryPaths.SeedDocuments);
        Answerer = await QuestionAnswerer.CreateAsync(Store);
    }

    /// <inheritdoc />
    public async Task DisposeAsync()
    {
        await Store.DisposeAsync();
        Directory.Delete(_dataDir, recursive: true);
    }
}
