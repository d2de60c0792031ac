using System.Globalization;
using Gaoqing.Graph.Model;
using Gaoqing.Graph.Model.Export;
using Gaoqing.Graph.Model.Store;

namespace Gaoqing.Graph.Bench.Store;

/// <summary>The responsibility table (CSV bytes) of the whole corpus and of one unit, beside the whole-graph read it avoids.</summary>
internal static class ResponsibilityTableBenchmark
{
    private const string Department = "县科技局";
    private const int Rounds = 21;

    public static string Header =>
        "| documents | tasks | rows, all | all: read + CSV p50 ms | rows, 县科技局 | 县科技局: read + CSV p50 ms | whole-graph read (GetGraphAsync) p50 ms |\n" +
        "| --- | --- | --- | --- | --- | --- | --- |";

    public static async Task<string> Run(IReadOnlyList<(string Name, string Text)> corpus)
    {
        var dataDir = Path.Combine(Path.GetTempPath(), "gaoqing-graph-bench", Guid.NewGuid().ToString("N"));
        try
        {
            await using var store = await EmbeddedGraphStore.OpenAsync(dataDir);
            await store.IngestAllAsync([.. corpus.Select(document => DocumentPipeline.Run(document.Name, document.Text))]);
            var departmentId = (await DepartmentNameIndex.LoadAsync(store)).Find(Department)
                ?? throw new InvalidOperationException($"the corpus has no {Department}");
            var tasks = (await store.GetStatisticsAsync()).Nodes("Task");
            var all = (await ResponsibilityTable.ReadAsync(store)).Count;
            var one = (await ResponsibilityTable.ReadAsync(store, departmentId)).Count;
            var allP50 = await MedianMilliseconds(async () => ResponsibilityCsvWriter.ToBytes(await ResponsibilityTable.ReadAsync(store)).Length);
            var oneP50 = await MedianMilliseconds(async () => ResponsibilityCsvWriter.ToBytes(await ResponsibilityTable.ReadAsync(store, departmentId)).Length);
            var graphP50 = await MedianMilliseconds(async () => (await store.GetGraphAsync()).Nodes.Count);
            return string.Create(CultureInfo.InvariantCulture,
                $"| {corpus.Count} | {tasks} | {all} | {allP50:F1} | {one} | {oneP50:F2} | {graphP50:F1} |");
        }
        finally
        {
            Directory.Delete(dataDir, recursive: true);
        }
    }

    private static async Task<double> MedianMilliseconds(Func<Task<int>> read) => await QueryTimings.Median(Rounds, read) / 1000;
}
