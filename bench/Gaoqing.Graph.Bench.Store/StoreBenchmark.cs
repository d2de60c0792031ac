using System.Diagnostics;
using System.Globalization;
using Gaoqing.Graph.Model;
using Gaoqing.Graph.Model.Store;

namespace Gaoqing.Graph.Bench.Store;

/// <summary>One measured run: extract and ingest N documents into a fresh embedded store, then time reads and a reopen.</summary>
internal static class StoreBenchmark
{
    private const string Department = "department:县科技局";
    private const int QueryRounds = 2000;

    public static string Header =>
        "| documents | nodes | relationships | extract ms | store ms | store ms/doc | store ms/doc, last 10% | heap MB | reopen ms | 2-hop tasks | 2-hop p50 µs | 2-hop p99 µs | page of 20 p50 µs | search p50 µs |\n" +
        "| --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- |";

    /// <summary>Runs a small corpus once so that JIT and SQLite start-up are not counted.</summary>
    public static async Task WarmUp(IReadOnlyList<(string Name, string Text)> corpus) => await Run(corpus.Take(20).ToArray());

    public static async Task<string> Run(IReadOnlyList<(string Name, string Text)> corpus)
    {
        var dataDir = Path.Combine(Path.GetTempPath(), "gaoqing-graph-bench", Guid.NewGuid().ToString("N"));
        try
        {
            var extractTime = Stopwatch.StartNew();
            var graphs = corpus.Select(document => DocumentPipeline.Run(document.Name, document.Text)).ToArray();
            extractTime.Stop();

            GC.Collect();
            var heapBefore = GC.GetTotalMemory(forceFullCollection: true);
            var storeTime = new Stopwatch();
            GraphStatistics statistics;
            double hopP50, hopP99, pageP50, searchP50, lastTenthPerDocument;
            var lastTenthStart = TimeSpan.Zero;
            int hopTasks;
            await using (var store = await EmbeddedGraphStore.OpenAsync(dataDir))
            {
                storeTime.Start();
                var lastTenth = graphs.Length - (graphs.Length / 10);
                for (var index = 0; index < graphs.Length; index++)
                {
                    if (index == lastTenth)
                    {
                        lastTenthStart = storeTime.Elapsed;
                    }

                    await store.IngestAsync(graphs[index]);
                }

                storeTime.Stop();
                lastTenthPerDocument = (storeTime.Elapsed - lastTenthStart).TotalMilliseconds / (graphs.Length - lastTenth);
                hopTasks = await LeadsAndTheirSupports(store);
                statistics = await store.GetStatisticsAsync();
                (hopP50, hopP99) = await Latency(() => LeadsAndTheirSupports(store));
                var middle = (await store.GetNodesByLabelAsync(new NodeQuery("Task", First: statistics.Nodes("Task") / 2))).EndCursor;
                (pageP50, _) = await Latency(async () => (await store.GetNodesByLabelAsync(new NodeQuery("Task", First: 20, After: middle))).Nodes.Count);
                (searchP50, _) = await Latency(async () => (await store.GetNodesByLabelAsync(new NodeQuery("Task", Search: "科技", First: 20))).Nodes.Count);
            }

            graphs = [];
            var heapAfter = await HeapHeldByReopenedStore(dataDir);
            var reopenTime = Stopwatch.StartNew();
            await using (await EmbeddedGraphStore.OpenAsync(dataDir))
            {
                reopenTime.Stop();
            }

            return string.Create(CultureInfo.InvariantCulture,
                $"| {corpus.Count} | {statistics.NodesByLabel.Values.Sum()} | {statistics.Relationships} | {extractTime.ElapsedMilliseconds} | {storeTime.ElapsedMilliseconds} | " +
                $"{storeTime.Elapsed.TotalMilliseconds / corpus.Count:F2} | {lastTenthPerDocument:F2} | {(heapAfter - heapBefore) / 1048576.0:F1} | {reopenTime.ElapsedMilliseconds} | {hopTasks} | {hopP50:F1} | {hopP99:F1} | {pageP50:F1} | {searchP50:F1} |");
        }
        finally
        {
            Directory.Delete(dataDir, recursive: true);
        }
    }

    /// <summary>The managed heap that a store opened from disk keeps alive: its snapshot.</summary>
    private static async Task<long> HeapHeldByReopenedStore(string dataDir)
    {
        await using var store = await EmbeddedGraphStore.OpenAsync(dataDir);
        var held = GC.GetTotalMemory(forceFullCollection: true);
        GC.KeepAlive(store);
        return held;
    }

    /// <summary>"Which tasks does 县科技局 lead, and who supports them": two batched hops and a batched node read; returns the task count.</summary>
    private static async Task<int> LeadsAndTheirSupports(IGraphStore store)
    {
        var leads = await store.GetRelationshipsAsync([Department], RelationshipDirection.Outgoing, "LEADS");
        var taskIds = leads[Department].Select(relationship => relationship.End).ToArray();
        var supports = await store.GetRelationshipsAsync(taskIds, RelationshipDirection.Incoming, "SUPPORTS");
        var departments = await store.GetNodesAsync(supports.Values.SelectMany(list => list.Select(relationship => relationship.Start)).Distinct().ToArray());
        return departments.Count > 0 ? taskIds.Length : 0;
    }

    private static async Task<(double P50, double P99)> Latency(Func<Task<int>> query)
    {
        var samples = await QueryTimings.Sorted(QueryRounds, query);
        return (samples[QueryRounds / 2], samples[QueryRounds * 99 / 100]);
    }
}
