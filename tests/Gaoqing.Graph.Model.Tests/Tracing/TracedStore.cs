using Gaoqing.Graph.Model.Store;
using Gaoqing.Graph.Model.Tests.Store;

namespace Gaoqing.Graph.Model.Tests.Tracing;

/// <summary>An embedded store in a fresh folder holding the given documents, for reading their outcomes.</summary>
internal sealed class TracedStore : IAsyncDisposable
{
    private readonly TemporaryDirectory _directory;

    private TracedStore(TemporaryDirectory directory, EmbeddedGraphStore store)
    {
        _directory = directory;
        Store = store;
    }

    public EmbeddedGraphStore Store { get; }

    public static async Task<TracedStore> WithAsync(params DocumentGraph[] documents)
    {
        var directory = new TemporaryDirectory();
        var store = await EmbeddedGraphStore.OpenAsync(directory.Path);
        foreach (var document in documents)
        {
            await store.IngestAsync(document);
        }

        return new TracedStore(directory, store);
    }

    public async ValueTask DisposeAsync()
    {
        await Store.DisposeAsync();
        _directory.Dispose();
    }
}
