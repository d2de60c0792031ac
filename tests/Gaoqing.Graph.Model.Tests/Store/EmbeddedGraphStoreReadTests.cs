using Gaoqing.Graph.Model.Store;

namespace Gaoqing.Graph.Model.Tests.Store;

public sealed class EmbeddedGraphStoreReadTests : IAsyncLifetime, IDisposable
{
    private readonly TemporaryDirectory directory = new();
    private EmbeddedGraphStore store = null!;

    public async Task InitializeAsync()
    {
        store = await EmbeddedGraphStore.OpenAsync(directory.Path);
        await store.IngestAsync(SampleGraphs.Document(7, taskCount: 5));
        await store.IngestAsync(SampleGraphs.Document(3, taskCount: 2, alias: "县发改委"));
    }

    public async Task DisposeAsync() => await store.DisposeAsync();

    public void Dispose() => directory.Dispose();

    [Fact]
    public async Task NodesByLabel_PagesThroughEveryNodeOnceInIdOrder()
    {
        var seen = new List<string>();
        string? after = null;
        NodePage page;
        do
        {
            page = await store.GetNodesByLabelAsync(new NodeQuery("Task", First: 3, After: after));
            Assert.Equal(7, page.TotalCount);
            seen.AddRange(page.Nodes.Select(node => node.Id));
            after = page.EndCursor;
        }
        while (page.HasNextPage);

        Assert.Equal(7, seen.Count);
        Assert.Equal(seen.Order(StringComparer.Ordinal), seen);
    }

    [Fact]
    public async Task NodesByLabel_FiltersByPropertyAndSearchesText()
    {
        var numberTwo = await store.GetNodesByLabelAsync(new NodeQuery("Task", Where: new Dictionary<string, object?> { ["number"] = 2 }));
        Assert.Equal(["document:3/task:2", "document:7/task:2"], numberTwo.Nodes.Select(node => node.Id));

        var byAlias = await store.GetNodesByLabelAsync(new NodeQuery("Department", Where: new Dictionary<string, object?> { ["aliases"] = "县发改委" }));
        Assert.Equal([SampleGraphs.Development], byAlias.Nodes.Select(node => node.Id));
        var byPartOfAnAlias = await store.GetNodesByLabelAsync(new NodeQuery("Department", Where: new Dictionary<string, object?> { ["aliases"] = "发改" }));
        Assert.Empty(byPartOfAnAlias.Nodes);

        var searched = await store.GetNodesByLabelAsync(new NodeQuery("Department", Search: "发改委"));
        Assert.Equal([SampleGraphs.Development], searched.Nodes.Select(node => node.Id));

        var evidenceIsNotSearched = await store.GetNodesByLabelAsync(new NodeQuery("Task", Search: "document:7"));
        Assert.Equal(0, evidenceIsNotSearched.TotalCount);

        var page = await store.GetNodesByLabelAsync(new NodeQuery("Task", Search: "任务", First: 4, After: "document:3/task:2"));
        Assert.Equal(4, page.Nodes.Count);
        Assert.Equal(7, page.TotalCount);
        Assert.Equal("document:7/task:1", page.Nodes[0].Id);
        Assert.True(page.HasNextPage);
    }

    [Fact]
    public async Task Relationships_AreReadForManyNodesInOneCall()
    {
        var ids = new[] { SampleGraphs.Development, SampleGraphs.Science, "document:3/task:1", "missing" };

        var outgoing = await store.GetRelationshipsAsync(ids, RelationshipDirection.Outgoing, "LEADS");
        var incoming = await store.GetRelationshipsAsync(ids, RelationshipDirection.Incoming);

        Assert.Equal(7, outgoing[SampleGraphs.Development].Count);
        Assert.Empty(outgoing[SampleGraphs.Science]);
        Assert.Empty(outgoing["missing"]);
        Assert.Equal(["LEADS", "SUPPORTS"], incoming["document:3/task:1"].Select(relationship => relationship.Type).Order());
    }

    [Fact]
    public async Task SharedNode_MergesAliasesFromEveryDocumentThatStatesIt()
    {
        var nodes = await store.GetNodesAsync([SampleGraphs.Development, SampleGraphs.Science, "missing"]);

        Assert.Equal(2, nodes.Count);
        Assert.Equal(["发改局", "县发改委"], (IReadOnlyList<string>)nodes[SampleGraphs.Development].Properties["aliases"]!);
    }

    [Fact]
    public async Task Documents_ComeInIngestOrderWithTheirTexts()
    {
        var documents = await store.GetDocumentsAsync();

        Assert.Equal(["document:7", "document:3"], documents.Select(document => document.Id));
        var text = await store.GetDocumentTextAsync("document:3");
        Assert.StartsWith("高政办字〔2023〕3号", text!.NormalizedText);
        Assert.EndsWith("\r\n", text.OriginalText);
        Assert.Null(await store.GetDocumentTextAsync("document:404"));
    }
}
