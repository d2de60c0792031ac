using System.Diagnostics;
using System.Globalization;
using Gaoqing.Graph.Model;
using Gaoqing.Graph.Model.Building;
using Gaoqing.Graph.Model.Store;

namespace Gaoqing.Graph.Bench.Store;

/// <summary>The reads that should grow with one document, not the corpus: one document's tasks, and a reopen from disk.</summary>
/// <remarks>The document-filter query is timed beside the read the API made before the per-document index (every task,
/// filtered by the caller), on the same store in the same run.</remarks>
internal static class DocumentReadBenchmark
{
    private const int FilterRounds = 2000;
    private const int ScanRounds = 50;
    private const int ReopenRounds = 3;

    public static string Header =>
        "| documents | tasks | tasks of one document | document filter p50 µs | every task, filtered by the caller, p50 µs | reopen ms (best of 3) |\n" +
        "| --- | --- | --- | --- | --- | --- |";

    public static async Task<string> Run(IReadOnlyList<(string Name, string Text)> corpus)
    {
        var dataDir = Path.Combine(Path.GetTempPath(), "gaoqing-graph-bench", Guid.NewGuid().ToString("N"));
        try
        {
            var graphs = corpus.Select(document => DocumentPipeline.Run(document.Name, document.Text)).ToArray();
            int taskCount, documentTasks;
            double filterP50, scanP50;
            await using (var store = await EmbeddedGraphStore.OpenAsync(dataDir))
            {
                await store.IngestAllAsync(graphs);
                var documentId = graphs[graphs.Length / 2].Document.Id;
                taskCount = (await store.GetStatisticsAsync()).Nodes("Task");
                var filter = new NodeQuery("Task", Where: new Dictionary<string, object?> { [Evidence.SourceDocument] = documentId }, First: int.MaxValue);
                documentTasks = (await store.GetNodesByLabelAsync(filter)).Nodes.Count;
                filterP50 = await QueryTimings.Median(FilterRounds, async () => (await store.GetNodesByLabelAsync(filter)).Nodes.Count);
                scanP50 = await QueryTimings.Median(ScanRounds, async () => (await store.GetNodesByLabelAsync(new NodeQuery("Task", First: int.MaxValue))).Nodes
                    .Count(node => node.Properties.GetValueOrDefault(Evidence.SourceDocument) as string == documentId));
            }

            graphs = [];
            var reopen = double.MaxValue;
            for (var round = 0; round < ReopenRounds; round++)
            {
                GC.Collect();
                var time = Stopwatch.StartNew();
                await using (await EmbeddedGraphStore.OpenAsync(dataDir))
                {
                    reopen = Math.Min(reopen, time.Elapsed.TotalMilliseconds);
                }
            }

            return string.Create(CultureInfo.InvariantCulture,
                $"| {corpus.Count} | {taskCount} | {documentTasks} | {filterP50:F1} | {scanP50:F1} | {reopen:F0} |");
        }
        finally
        {
            Directory.Delete(dataDir, recursive: true);
        }
    }
}
