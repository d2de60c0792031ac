using Gaoqing.Graph.Bench.Store;

// Ingest throughput, memory and query latency of the embedded store at growing corpus sizes.
// Usage: dotnet run -c Release --project bench/Gaoqing.Graph.Bench.Store [-- [documents|responsibilities] SIZE...]   (default 250 500 1000)
// With "documents" first, only the per-document reads and the reopen are measured (DocumentReadBenchmark);
// with "responsibilities", only the responsibility table (ResponsibilityTableBenchmark).
var mode = args.FirstOrDefault() is "documents" or "responsibilities" ? args[0] : null;
var sizeArguments = args.Skip(mode is null ? 0 : 1).ToArray();
int[] sizes = sizeArguments.Length > 0 ? [.. sizeArguments.Select(int.Parse)] : [250, 500, 1000];
var generator = new CorpusGenerator(
    File.ReadAllText(RepositoryPaths.KeyTasksSeed),
    File.ReadAllText(RepositoryPaths.PlanSeed));
var corpus = Enumerable.Range(1, sizes.Max()).Select(generator.Document).ToArray();
Console.WriteLine($"corpus: {corpus.Length} documents generated from {generator.TaskCount} seed tasks, {corpus.Sum(d => d.Text.Length) / corpus.Length} chars each on average");

if (mode is not null)
{
    Func<IReadOnlyList<(string Name, string Text)>, Task<string>> run = mode == "documents" ? DocumentReadBenchmark.Run : ResponsibilityTableBenchmark.Run;
    await run(corpus.Take(20).ToArray());
    Console.WriteLine(mode == "documents" ? DocumentReadBenchmark.Header : ResponsibilityTableBenchmark.Header);
    foreach (var size in sizes)
    {
        Console.WriteLine(await run(corpus[..size]));
    }

    return;
}

await StoreBenchmark.WarmUp(corpus);
Console.WriteLine(StoreBenchmark.Header);
foreach (var size in sizes)
{
    Console.WriteLine(await StoreBenchmark.Run(corpus[..size]));
}
