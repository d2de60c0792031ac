using Gaoqing.Graph.Bench.Store;

// Ingest throughput, memory and query latency of the embedded store at growing corpus sizes.
// Usage: dotnet run -c Release --project bench/Gaoqing.Graph.Bench.Store [-- SIZE...]   (default 250 500 1000)
var sizes = args.Length > 0 ? args.Select(int.Parse).ToArray() : [250, 500, 1000];
var generator = new CorpusGenerator(
    File.ReadAllText(RepositoryPaths.KeyTasksSeed),
    File.ReadAllText(RepositoryPaths.PlanSeed));
var corpus = Enumerable.Range(1, sizes.Max()).Select(generator.Document).ToArray();
Console.WriteLine($"corpus: {corpus.Length} documents generated from {generator.TaskCount} seed tasks, {corpus.Sum(d => d.Text.Length) / corpus.Length} chars each on average");

await StoreBenchmark.WarmUp(corpus);
Console.WriteLine(StoreBenchmark.Header);
foreach (var size in sizes)
{
    Console.WriteLine(await StoreBenchmark.Run(corpus[..size]));
}
