using System.Diagnostics;
using Gaoqing.Graph.Bench.Tracing;
using Gaoqing.Graph.Model;
using Gaoqing.Graph.Model.Export;
using Gaoqing.Graph.Model.Store;
using Gaoqing.Graph.Model.Tracing;

// Time to trace every outcome of a whole graph (the pure function the stores cache per write), at growing sizes.
// Usage: dotnet run -c Release --project bench/Gaoqing.Graph.Bench.Tracing [-- PAIRS...]   (default 1 10 50 100; at most 100)
var sizes = args.Length > 0 ? args.Select(int.Parse).ToArray() : [1, 10, 50, 100];
var corpus = new YearShiftedCorpus(
    File.ReadAllText(RepositoryPaths.KeyTasksSeed),
    File.ReadAllText(RepositoryPaths.PlanSeed));
var graphs = Enumerable.Range(0, sizes.Max()).SelectMany(corpus.Pair).Select(d => DocumentPipeline.Run(d.Name, d.Text)).ToArray();
Console.WriteLine("documents | nodes | relationships | outcomes | trace median ms | trace min ms | runs");
foreach (var pairs in sizes)
{
    var documents = graphs[..(2 * pairs)];
    var merged = GraphExport.Merge(documents);
    var content = new GraphContent(merged.Nodes, merged.Relationships);
    var texts = documents.ToDictionary(g => g.Document.Id, g => g.NormalizedText);
    var runs = pairs >= 50 ? 5 : 21;
    var count = OutcomeTracer.Trace(content, id => texts.GetValueOrDefault(id)).All.Count;
    var times = new List<double>();
    for (var run = 0; run < runs; run++)
    {
        var watch = Stopwatch.StartNew();
        OutcomeTracer.Trace(content, id => texts.GetValueOrDefault(id));
        times.Add(watch.Elapsed.TotalMilliseconds);
    }

    times.Sort();
    Console.WriteLine($"{documents.Length} | {content.Nodes.Count} | {content.Relationships.Count} | {count} | {times[runs / 2]:F2} | {times[0]:F2} | {runs}");
}
