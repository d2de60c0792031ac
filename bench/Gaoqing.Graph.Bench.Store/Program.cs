using Gaoqing.Graph.Bench.Store;

// Ingest throughput, memory and query latency of the embedded store at growing corpus sizes.
// Usage: dotnet run -c Release --project bench/Gaoqing.Graph.Bench.Store [-- [documents|responsibilities] SIZE...]   (default 250 500 1000)
// With "documents" first, only the per-document reads and the reopen are measured (DocumentReadBenchmark);
// with "responsibilities", only the responsibility table (ResponsibilityTableBenchmark).
var mode = args.FirstOrDefault() is "documents" or "responsibilities" ? args[0] : null;
var documentsMode = mode == "documents";
var sizeArguments = args.Skip(mode is null ? 0 : 1).ToArray();
int[] sizes = sizeArguments.Length > 0 ? [.. sizeArguments.Select(int.Parse)] : [250, 500, 1000];
var generator = new CorpusGenerator(
    File.ReadAllText(RepositoryPaths.KeyTasksSeed),
    File.ReadAllText(RepositoryPaths.PlanSeed));
var corpus = Enumerable.Range(1, sizes.Max()).Select(generator.Document).ToArray();
Console.WriteLine($"corpus: {corpus.Length} documents generated from {generator.TaskCount} seed tasks, {corpus.Sum(d => d.Text.Length) / corpus.Length} chars each on average");

if (mode == "responsibilities")
{
    await ResponsibilityTableBenchmark.Run(corpus.Take(20).ToArray());
    Console.WriteLine(ResponsibilityTableBenchmark.Header);
    foreach (var size in sizes)
    {
        Console.WriteLine(await ResponsibilityTableBenchmark.Run(corpus[..size]));
    }

    return;
}

if (documentsMode)
{
    await DocumentReadBenchmark.Run(corpus.Take(20).ToArray());
    Console.WriteLine(DocumentReadBenchmark.Header);
    foreach (var size in sizes)
    {
        Console.WriteLine(await DocumentReadBenchmark.Run(corpus[..size]));
    }

    return;
}

await StoreBenchmark.WarmUp(corpus);
Console.WriteLine(StoreBenchmark.Header);
foreach (var size in sizes)
{
    Console.WriteLine(await StoreBenchmark.Run(corpus[..size]));
}
