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

    [Fact]
    public async Task FailedBatch_InItsSecondDocument_StoresNoneOfIt()
    {
        await using var store = await EmbeddedGraphStore.OpenAsync(directory.Path);
        await store.IngestAsync(SampleGraphs.Document(1));
        var graphBefore = await GraphDump.OfStore(store);
        var filesBefore = ReadStoreFiles();
        var firstDocumentRows = 1 + 6 + 9;
        store.RowWritten = rows =>
        {
            if (rows == firstDocumentRows + 4)
            {
                throw new IOException("injected failure inside the second document");
            }
        };

        await Assert.ThrowsAsync<IOException>(() => store.IngestAllAsync([SampleGraphs.Document(2), SampleGraphs.Document(3)]).AsTask());

        Assert.Equal(graphBefore, await GraphDump.OfStore(store));
        Assert.Equal(filesBefore, ReadStoreFiles());
        store.RowWritten = null;
        var outcomes = await store.IngestAllAsync([SampleGraphs.Document(2), SampleGraphs.Document(3), SampleGraphs.Document(1)]);
        Assert.Equal([IngestStatus.Added, IngestStatus.Added, IngestStatus.Unchanged], outcomes.Select(outcome => outcome.Status));
        Assert.Equal(3, (await store.GetStatisticsAsync()).Documents);
    }

    [Fact]
    public async Task Batch_StatingOneDocNumberTwice_KeepsTheLastAfterReopening()
    {
        await using (var store = await EmbeddedGraphStore.OpenAsync(directory.Path))
        {
            await store.IngestAsync(SampleGraphs.Document(5, taskCount: 4));

            var outcomes = await store.IngestAllAsync([SampleGraphs.Document(5, variant: "v2"), SampleGraphs.Document(5, taskCount: 1, variant: "v3")]);

            Assert.Equal([IngestStatus.Replaced, IngestStatus.Replaced], outcomes.Select(outcome => outcome.Status));
        }

        await using var reopened = await EmbeddedGraphStore.OpenAsync(directory.Path);
        Assert.Equal(["document:5"], (await reopened.GetDocumentsAsync()).Select(document => document.Id));
        var tasks = await reopened.GetNodesByLabelAsync(new NodeQuery("Task"));
        Assert.Equal(["任务1v3"], tasks.Nodes.Select(task => (string)task.Properties["title"]!));
    }

    private SortedDictionary<string, string> ReadStoreFiles() =>
        new(Directory.EnumerateFiles(directory.Path)
                .Where(path => !path.EndsWith("-shm", StringComparison.Ordinal))
                .ToDictionary(path => Path.GetFileName(path), path => Convert.ToBase64String(File.ReadAllBytes(path))),
            StringComparer.Ordinal);
}
