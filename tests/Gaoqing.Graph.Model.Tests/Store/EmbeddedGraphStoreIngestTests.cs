using Gaoqing.Graph.Model.Store;

namespace Gaoqing.Graph.Model.Tests.Store;

public sealed class EmbeddedGraphStoreIngestTests : IDisposable
{
    private readonly TemporaryDirectory directory = new();

    public void Dispose() => directory.Dispose();

    [Fact]
    public async Task Ingest_AddsEveryNodeAndRelationshipOnce()
    {
        await using var store = await EmbeddedGraphStore.OpenAsync(directory.Path);

        var outcome = await store.IngestAsync(SampleGraphs.Document(20, taskCount: 4));

        Assert.Equal(IngestStatus.Added, outcome.Status);
        Assert.Equal("document:20", outcome.DocumentId);
        var stats = await store.GetStatisticsAsync();
        Assert.Equal(1, stats.Documents);
        Assert.Equal(4, stats.Nodes("Task"));
        Assert.Equal(2, stats.Nodes("Department"));
        Assert.Equal(12, stats.Relationships);
        Assert.Equal(4, stats.RelationshipsByType["LEADS"]);
    }

    [Fact]
    public async Task Ingest_SameDocumentTwice_ChangesNothing()
    {
        await using var store = await EmbeddedGraphStore.OpenAsync(directory.Path);
        await store.IngestAsync(SampleGraphs.Document(20));
        var before = await GraphDump.OfStore(store);

        var again = await store.IngestAsync(SampleGraphs.Document(20));

        Assert.Equal(IngestStatus.Unchanged, again.Status);
        Assert.Equal(before, await GraphDump.OfStore(store));
        var graph = await store.GetGraphAsync();
        Assert.Equal(graph.Nodes.Count, graph.Nodes.Select(node => node.Id).Distinct().Count());
        Assert.Equal(1, (await store.GetStatisticsAsync()).Documents);
    }

    [Fact]
    public async Task Ingest_SameDocNumberWithDifferentText_ReplacesTheStoredDocumentWithAWarning()
    {
        await using var store = await EmbeddedGraphStore.OpenAsync(directory.Path);
        await store.IngestAsync(SampleGraphs.Document(20, taskCount: 5));

        var revised = SampleGraphs.Document(20, taskCount: 2, variant: "（修订）");
        var outcome = await store.IngestAsync(revised);

        Assert.Equal(IngestStatus.Replaced, outcome.Status);
        Assert.Contains(outcome.Warnings, warning => warning.Contains("高政办字〔2023〕20号") && warning.Contains("different text"));
        Assert.Equal(2, (await store.GetStatisticsAsync()).Nodes("Task"));
        var text = await store.GetDocumentTextAsync("document:20");
        Assert.Equal(revised.NormalizedText, text!.NormalizedText);
        var tasks = await store.GetNodesByLabelAsync(new NodeQuery("Task"));
        Assert.All(tasks.Nodes, task => Assert.EndsWith("（修订）", (string)task.Properties["title"]!));
    }

    [Fact]
    public async Task Ingest_SameDocNumberUnderAnotherId_ReplacesTheOlderDocument()
    {
        await using var store = await EmbeddedGraphStore.OpenAsync(directory.Path);
        await store.IngestAsync(SampleGraphs.Document(20));
        var renamed = SampleGraphs.Document(20, variant: "v2");
        renamed = renamed with { Document = renamed.Document with { Id = "document:20-v2" }, Relationships = [], Nodes = renamed.Nodes.Take(2).ToArray() };

        var outcome = await store.IngestAsync(renamed);

        Assert.Equal(IngestStatus.Replaced, outcome.Status);
        Assert.Equal(["document:20"], outcome.ReplacedDocumentIds);
        Assert.Equal(["document:20-v2"], (await store.GetDocumentsAsync()).Select(document => document.Id));
        Assert.Equal(0, (await store.GetStatisticsAsync()).Nodes("Task"));
    }

    [Fact]
    public async Task Ingest_RelationshipToANodeTheDocumentDoesNotState_IsRefusedAndLeavesTheStoreUnchanged()
    {
        await using var store = await EmbeddedGraphStore.OpenAsync(directory.Path);
        await store.IngestAsync(SampleGraphs.Document(1));
        var before = await GraphDump.OfStore(store);
        var broken = SampleGraphs.Document(2);
        broken = broken with { Relationships = [.. broken.Relationships, new GraphRelationship("dangling", "LEADS", SampleGraphs.Development, "task:nowhere", new Dictionary<string, object?>())] };

        var error = await Assert.ThrowsAsync<InvalidDataException>(() => store.IngestAsync(broken).AsTask());

        Assert.Contains("task:nowhere", error.Message);
        Assert.Equal(before, await GraphDump.OfStore(store));
    }

    [Fact]
    public async Task Ingest_PropertyValueOfAnUnsupportedType_IsRefusedNamingTheNodeAndProperty()
    {
        await using var store = await EmbeddedGraphStore.OpenAsync(directory.Path);
        var graph = SampleGraphs.Document(3);
        var odd = new GraphNode("place:odd", ["Place"], new Dictionary<string, object?> { ["when"] = DateTime.UnixEpoch });
        graph = graph with { Nodes = [.. graph.Nodes, odd] };

        var error = await Assert.ThrowsAsync<InvalidDataException>(() => store.IngestAsync(graph).AsTask());

        Assert.Contains("place:odd.when", error.Message);
        Assert.Equal(0, (await store.GetStatisticsAsync()).Documents);
    }

    [Fact]
    public async Task Ingest_RelationshipIdReusedWithOtherEndpoints_IsRefused()
    {
        await using var store = await EmbeddedGraphStore.OpenAsync(directory.Path);
        await store.IngestAsync(SampleGraphs.Document(1));
        var before = await GraphDump.OfStore(store);
        var graph = SampleGraphs.Document(2);
        var clash = new GraphRelationship("document:1/task:1/leads", "SUPPORTS", SampleGraphs.Science, "document:2/task:1", new Dictionary<string, object?>());
        graph = graph with { Relationships = [.. graph.Relationships, clash] };

        await Assert.ThrowsAsync<InvalidDataException>(() => store.IngestAsync(graph).AsTask());

        Assert.Equal(before, await GraphDump.OfStore(store));
        await using var reopened = await ReopenAfter(store);
        Assert.Equal(before, await GraphDump.OfStore(reopened));
    }

    private async Task<EmbeddedGraphStore> ReopenAfter(EmbeddedGraphStore store)
    {
        await store.DisposeAsync();
        return await EmbeddedGraphStore.OpenAsync(directory.Path);
    }
}
