using Gaoqing.Graph.Model.Building;
using Gaoqing.Graph.Model.Store;

namespace Gaoqing.Graph.Model.Tests.Store;

/// <summary>
/// A <c>sourceDocument</c> filter is answered from the per-document index; every answer here is compared with the same
/// query answered by reading every node of the label and filtering in the test, on the seeds, hand-built documents,
/// a node shared by two documents, a removed document and a document that does not exist, before and after a reopen.
/// </summary>
public sealed class EmbeddedGraphStoreDocumentFilterTests : IAsyncLifetime, IDisposable
{
    private const string SharedA = "document:shared-a";
    private const string SharedB = "document:shared-b";
    private const string Removed = "document:9";
    private const string SharedTask = "task:shared";

    private readonly TemporaryDirectory directory = new();
    private EmbeddedGraphStore store = null!;

    public static TheoryData<string> Documents => new()
    {
        SeedFiles.KeyTasks.Document.Id,
        SeedFiles.Plan.Document.Id,
        "document:7",
        "document:3",
        SharedA,
        SharedB,
        Removed,
        "document:does-not-exist",
    };

    public async Task InitializeAsync()
    {
        store = await EmbeddedGraphStore.OpenAsync(directory.Path);
        await store.IngestAllAsync([SeedFiles.KeyTasks, SeedFiles.Plan, SampleGraphs.Document(7, taskCount: 5), SampleGraphs.Document(9, taskCount: 4)]);
        await store.IngestAsync(SampleGraphs.Document(3, taskCount: 2));
        await store.IngestAsync(Custom(SharedA, TaskNode(SharedTask, SharedA, 1), TaskNode("task:a-only", SharedA, 2), TaskNode("task:both", new[] { SharedA, SharedB }, 3)));
        await store.IngestAsync(Custom(SharedB, TaskNode(SharedTask, SharedB, 4), TaskNode("task:names-a", SharedA, 5)));
        Assert.True(await store.RemoveDocumentAsync(Removed));
    }

    public async Task DisposeAsync() => await store.DisposeAsync();

    public void Dispose() => directory.Dispose();

    [Theory]
    [MemberData(nameof(Documents))]
    public async Task DocumentFilter_AnswersAsAScanDoes(string documentId) => await AssertSameAsScan(store, documentId);

    [Theory]
    [MemberData(nameof(Documents))]
    public async Task DocumentFilter_AnswersAsAScanDoesAfterAReopen(string documentId)
    {
        await store.DisposeAsync();
        store = await EmbeddedGraphStore.OpenAsync(directory.Path);
        await AssertSameAsScan(store, documentId);
    }

    /// <summary>The later document's evidence wins on a shared node; task:both names both documents in a list, so it
    /// stays under shared-b even once shared-b is gone.</summary>
    [Fact]
    public async Task SharedNode_IsFoundUnderTheDocumentItsMergedEvidenceNames()
    {
        Assert.Equal(["task:both", SharedTask], await TaskIds(SharedB, "task:"));
        Assert.Equal(["task:a-only", "task:both", "task:names-a"], await TaskIds(SharedA, "task:"));

        Assert.True(await store.RemoveDocumentAsync(SharedB));

        Assert.Equal(["task:a-only", "task:both", SharedTask], await TaskIds(SharedA, "task:"));
        Assert.Equal(["task:both"], await TaskIds(SharedB, "task:"));
        await AssertSameAsScan(store, SharedA);
        await AssertSameAsScan(store, SharedB);
    }

    [Fact]
    public async Task RemovedDocument_HasNoNodesLeftAndItsReplacementIsFound()
    {
        Assert.Empty(await TaskIds(Removed, "document:9/"));

        await store.IngestAsync(SampleGraphs.Document(9, taskCount: 2));

        Assert.Equal(["document:9/task:1", "document:9/task:2"], await TaskIds(Removed, "document:9/"));
        await AssertSameAsScan(store, Removed);
    }

    [Fact]
    public async Task SeedDocument_FilterFindsEveryTaskOfTheKeyTaskList()
    {
        var page = await store.GetNodesByLabelAsync(new NodeQuery("Task", Where: Filter(SeedFiles.KeyTasks.Document.Id), First: int.MaxValue));

        Assert.Equal(70, page.TotalCount);
        Assert.All(page.Nodes, node => Assert.Equal(SeedFiles.KeyTasks.Document.Id, node.Properties[Evidence.SourceDocument]));
    }

    private static async Task AssertSameAsScan(IGraphStore graph, string documentId)
    {
        foreach (var label in new[] { "Task", "Measurement", "Section", "Department" })
        {
            foreach (var search in new string?[] { null, "任务", "年" })
            {
                await AssertPagesMatch(graph, new NodeQuery(label, search, Filter(documentId), int.MaxValue), _ => true);
                await AssertPagesMatch(graph, new NodeQuery(label, search, Filter(documentId), 3), _ => true);
            }
        }

        var withNumber = new Dictionary<string, object?>(Filter(documentId)) { ["number"] = 2 };
        await AssertPagesMatch(graph, new NodeQuery("Task", Where: withNumber, First: 1), node => node.Properties.GetValueOrDefault("number") is 2L);
    }

    /// <summary>Walks every page of <paramref name="query"/> and checks each against the scan's page at the same cursor;
    /// <paramref name="alsoMatches"/> is the query's filter other than the document.</summary>
    private static async Task AssertPagesMatch(IGraphStore graph, NodeQuery query, Func<GraphNode, bool> alsoMatches)
    {
        var documentId = (string)query.Where![Evidence.SourceDocument]!;
        var everything = (await graph.GetNodesByLabelAsync(new NodeQuery(query.Label, query.Search, First: int.MaxValue))).Nodes;
        var matching = everything.Where(node => Names(node, documentId) && alsoMatches(node)).ToList();
        string? after = null;
        var pages = 0;
        while (true)
        {
            var page = await graph.GetNodesByLabelAsync(query with { After = after });
            var rest = matching.Where(node => after is null || string.CompareOrdinal(node.Id, after) > 0).ToList();
            var expected = rest.Take(query.First).Select(node => node.Id).ToList();
            var context = $"{query.Label} of {documentId}, search {query.Search ?? "none"}, after {after ?? "start"}";
            Assert.True(expected.SequenceEqual(page.Nodes.Select(node => node.Id)), $"{context}: {string.Join(",", page.Nodes.Select(n => n.Id))} != {string.Join(",", expected)}");
            Assert.Equal(matching.Count, page.TotalCount);
            Assert.Equal(rest.Count > expected.Count, page.HasNextPage);
            Assert.Equal(expected.LastOrDefault(), page.EndCursor);
            if (!page.HasNextPage || ++pages > 100)
            {
                break;
            }

            after = page.EndCursor;
        }
    }

    private static bool Names(GraphNode node, string documentId) => node.Properties.GetValueOrDefault(Evidence.SourceDocument) switch
    {
        string text => text == documentId,
        IReadOnlyList<string> list => list.Contains(documentId, StringComparer.Ordinal),
        _ => false,
    };

    private async Task<List<string>> TaskIds(string documentId, string prefix) =>
        (await store.GetNodesByLabelAsync(new NodeQuery("Task", Where: Filter(documentId), First: int.MaxValue))).Nodes
            .Select(node => node.Id).Where(id => id.StartsWith(prefix, StringComparison.Ordinal)).ToList();

    private static Dictionary<string, object?> Filter(string documentId) => new() { [Evidence.SourceDocument] = documentId };

    private static GraphNode TaskNode(string id, object source, int number) => new(id, ["Task"], new Dictionary<string, object?>
    {
        ["number"] = number,
        ["title"] = $"任务{number}",
        [Evidence.SourceDocument] = source,
    });

    private static DocumentGraph Custom(string documentId, params GraphNode[] tasks)
    {
        var document = new GraphNode(documentId, ["Document"], new Dictionary<string, object?> { ["title"] = documentId });
        var text = string.Concat(tasks.Select(task => task.Properties["title"] + "\n"));
        return new DocumentGraph(document, tasks, [], text, text, []);
    }
}
