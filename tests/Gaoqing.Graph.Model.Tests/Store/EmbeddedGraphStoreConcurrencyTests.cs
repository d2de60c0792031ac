using Gaoqing.Graph.Model.Store;

namespace Gaoqing.Graph.Model.Tests.Store;

public sealed class EmbeddedGraphStoreConcurrencyTests : IDisposable
{
    private const int TasksPerDocument = 4;
    private readonly TemporaryDirectory directory = new();

    public void Dispose() => directory.Dispose();

    [Fact]
    public async Task Readers_DuringWrites_SeeOnlyWholeDocuments()
    {
        await using var store = await EmbeddedGraphStore.OpenAsync(directory.Path);
        using var writing = new CancellationTokenSource();
        var readers = Enumerable.Range(0, 3).Select(_ => Task.Run(() => ReadUntil(store, writing.Token))).ToArray();

        for (var number = 1; number <= 40; number++)
        {
            await store.IngestAsync(SampleGraphs.Document(number, TasksPerDocument));
            if (number % 5 == 0)
            {
                await store.RemoveDocumentAsync($"document:{number - 1}");
            }
        }

        await writing.CancelAsync();
        var observations = await Task.WhenAll(readers);
        Assert.All(observations, count => Assert.True(count > 0));
    }

    private static async Task<int> ReadUntil(IGraphStore store, CancellationToken stop)
    {
        var observations = 0;
        while (!stop.IsCancellationRequested || observations == 0)
        {
            var graph = await store.GetGraphAsync();
            var documents = graph.Nodes.Count(node => node.Label == "Document");
            Assert.Equal(documents * TasksPerDocument, graph.Nodes.Count(node => node.Label == "Task"));
            Assert.Equal(documents * TasksPerDocument * 3, graph.Relationships.Count);
            var ids = graph.Nodes.Select(node => node.Id).ToHashSet();
            Assert.All(graph.Relationships, relationship => Assert.True(ids.Contains(relationship.Start) && ids.Contains(relationship.End)));

            var stats = await store.GetStatisticsAsync();
            Assert.Equal(stats.Documents * TasksPerDocument, stats.Nodes("Task"));
            observations++;
        }

        return observations;
    }
}
