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

    /// <summary>The folder holding Gaoqing.Graph.sln.</summary>
    public static string RepositoryRoot
    {
        get
        {
            for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            {
                if (File.Exists(Path.Combine(dir.FullName, "Gaoqing.Graph.sln")))
                {
                    return dir.FullName;
                }
            }

            throw new InvalidOperationException("Gaoqing.Graph.sln not found above " + AppContext.BaseDirectory);
        }
    }

    /// <summary>The gold files: repository root/../shared/gold.</summary>
    public static string GoldDir => Path.GetFullPath(Path.Combine(RepositoryRoot, "..", "shared", "gold"));

    /// <summary>A file of this test project's Data folder.</summary>
    public static string DataFile(string name) => Path.Combine(RepositoryRoot, "tests", "Gaoqing.Graph.Answering.Tests", "Data", name);

    /// <inheritdoc />
    public async Task InitializeAsync()
    {
        Store = await EmbeddedGraphStore.OpenAsync(_dataDir);
        await GraphStoreSeeder.SeedIfEmptyAsync(Store, Path.Combine(RepositoryRoot, "graph-seed", "documents"));
        Answerer = await QuestionAnswerer.CreateAsync(Store);
    }

    /// <inheritdoc />
    public async Task DisposeAsync()
    {
        await Store.DisposeAsync();
        Directory.Delete(_dataDir, recursive: true);
    }
}
