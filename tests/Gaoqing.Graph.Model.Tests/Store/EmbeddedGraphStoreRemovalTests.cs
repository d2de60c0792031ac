using Gaoqing.Graph.Model.Store;

namespace Gaoqing.Graph.Model.Tests.Store;

public sealed class EmbeddedGraphStoreRemovalTests : IDisposable
{
    private readonly TemporaryDirectory directory = new();

    public void Dispose() => directory.Dispose();

    [Fact]
    public async Task Remove_KeepsDepartmentsAnotherDocumentStates()
    {
        await using var store = await EmbeddedGraphStore.OpenAsync(directory.Path);
        await store.IngestAsync(SampleGraphs.Document(1, taskCount: 2));
        await store.IngestAsync(SampleGraphs.Document(2, taskCount: 3, alias: "县发改委"));

        Assert.True(await store.RemoveDocumentAsync("document:2"));

        var stats = await store.GetStatisticsAsync();
        Assert.Equal(1, stats.Documents);
        Assert.Equal(2, stats.Nodes("Task"));
        Assert.Equal(2, stats.Nodes("Department"));
        Assert.Equal(6, stats.Relationships);
        var development = (await store.GetNodesAsync([SampleGraphs.Development]))[SampleGraphs.Development];
        Assert.Equal(["发改局"], (IReadOnlyList<string>)development.Properties["aliases"]!);
        var leads = await store.GetRelationshipsAsync([SampleGraphs.Development], RelationshipDirection.Outgoing, "LEADS");
        Assert.All(leads[SampleGraphs.Development], relationship => Assert.StartsWith("document:1/", relationship.End));
    }

    [Fact]
    public async Task RelationshipReads_FollowEveryIngestAndRemoval_OfTheNodeTheyWereReadFor()
    {
        await using var store = await EmbeddedGraphStore.OpenAsync(directory.Path);
        await store.IngestAsync(SampleGraphs.Document(1, taskCount: 2));
        async Task<string[]> LeadEnds() =>
            [.. (await store.GetRelationshipsAsync([SampleGraphs.Development], RelationshipDirection.Outgoing, "LEADS"))[SampleGraphs.Development]
                .Select(relationship => relationship.End).Order(StringComparer.Ordinal)];

        var first = await LeadEnds();
        Assert.Equal(first, await LeadEnds());
        await store.IngestAsync(SampleGraphs.Document(2, taskCount: 3));
        var both = await LeadEnds();
        Assert.Equal(first.Length + 3, both.Length);
        Assert.Equal(3, both.Count(end => end.StartsWith("document:2/", StringComparison.Ordinal)));

        await store.RemoveDocumentAsync("document:1");
        Assert.All(await LeadEnds(), end => Assert.StartsWith("document:2/", end));
    }

    [Fact]
    public async Task Remove_TheLastDocument_LeavesAnEmptyGraph()
    {
        await using var store = await EmbeddedGraphStore.OpenAsync(directory.Path);
        await store.IngestAsync(SampleGraphs.Document(1));
        await store.IngestAsync(SampleGraphs.Document(2));

        await store.RemoveDocumentAsync("document:1");
        await store.RemoveDocumentAsync("document:2");

        var graph = await store.GetGraphAsync();
        Assert.Empty(graph.Nodes);
        Assert.Empty(graph.Relationships);
        Assert.Empty((await store.GetStatisticsAsync()).NodesByLabel);
        Assert.False(await store.RemoveDocumentAsync("document:1"));
    }

    [Fact]
    public async Task RemoveThenIngestAgain_GivesTheSameGraphAsBefore()
    {
        await using var store = await EmbeddedGraphStore.OpenAsync(directory.Path);
        await store.IngestAsync(SampleGraphs.Document(1));
        await store.IngestAsync(SampleGraphs.Document(2));
        var before = await GraphDump.OfStore(store);

        await store.RemoveDocumentAsync("document:2");
        await store.IngestAsync(SampleGraphs.Document(2));

        Assert.Equal(before, await GraphDump.OfStore(store));
    }
}
