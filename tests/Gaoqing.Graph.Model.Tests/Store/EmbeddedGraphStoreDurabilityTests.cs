using Gaoqing.Graph.Model.Store;

namespace Gaoqing.Graph.Model.Tests.Store;

public sealed class EmbeddedGraphStoreDurabilityTests : IDisposable
{
    private readonly TemporaryDirectory directory = new();

    public void Dispose() => directory.Dispose();

    [Fact]
    public async Task Reopen_GivesTheSameGraphWithTheSameValueTypes()
    {
        string before;
        await using (var store = await EmbeddedGraphStore.OpenAsync(directory.Path))
        {
            await store.IngestAsync(SampleGraphs.Document(1));
            await store.IngestAsync(SampleGraphs.Document(2, alias: "县发改委"));
            await store.IngestAsync(SampleGraphs.Document(3));
            await store.RemoveDocumentAsync("document:3");
            before = await GraphDump.OfStore(store);
        }

        await using var reopened = await EmbeddedGraphStore.OpenAsync(directory.Path);

        Assert.Equal(before, await GraphDump.OfStore(reopened));
        var task = (await reopened.GetNodesAsync(["document:1/task:1"]))["document:1/task:1"];
        Assert.IsType<double>(task.Properties["weight"]);
        Assert.IsType<long>(task.Properties["number"]);
        Assert.Equal(["document:1", "document:2"], (await reopened.GetDocumentsAsync()).Select(document => document.Id));
    }

    [Fact]
    public async Task FailedWrite_HalfWayThroughTheRows_LeavesTheStoreByteForByteAsBefore()
    {
        await using var store = await EmbeddedGraphStore.OpenAsync(directory.Path);
        await store.IngestAsync(SampleGraphs.Document(1));
        var graphBefore = await GraphDump.OfStore(store);
        var filesBefore = ReadStoreFiles();
        store.RowWritten = rows =>
        {
            if (rows == 6)
            {
                throw new IOException("injected failure after 6 rows");
            }
        };

        await Assert.ThrowsAsync<IOException>(() => store.IngestAsync(SampleGraphs.Document(2, taskCount: 4)).AsTask());

        Assert.Equal(graphBefore, await GraphDump.OfStore(store));
        Assert.Equal(filesBefore, ReadStoreFiles());
        store.RowWritten = null;
        await store.DisposeAsync();
        await using var reopened = await EmbeddedGraphStore.OpenAsync(directory.Path);
        Assert.Equal(graphBefore, await GraphDump.OfStore(reopened));
    }

    [Fact]
    public async Task FailedReplacement_KeepsTheOldDocument()
    {
        await using var store = await EmbeddedGraphStore.OpenAsync(directory.Path);
        await store.IngestAsync(SampleGraphs.Document(1, taskCount: 3));
        var graphBefore = await GraphDump.OfStore(store);
        store.RowWritten = rows => throw new IOException($"injected failure after {rows} rows");

        await Assert.ThrowsAsync<IOException>(() => store.IngestAsync(SampleGraphs.Document(1, taskCount: 1, variant: "新")).AsTask());

        store.RowWritten = null;
        Assert.Equal(graphBefore, await GraphDump.OfStore(store));
        await store.DisposeAsync();
        await using var reopened = await EmbeddedGraphStore.OpenAsync(directory.Path);
        Assert.Equal(graphBefore, await GraphDump.OfStore(reopened));
    }

    private SortedDictionary<string, string> ReadStoreFiles() =>
        new(Directory.EnumerateFiles(directory.Path)
                .Where(path => !path.EndsWith("-shm", StringComparison.Ordinal))
                .ToDictionary(path => Path.GetFileName(path), path => Convert.ToBase64String(File.ReadAllBytes(path))),
            StringComparer.Ordinal);
}
