using Gaoqing.Graph.Bench.Store;

// Ingest throughput, memory and query latency of the embedded store at growing corpus sizes.
// Usage: dotnet run -c Release --project bench/Gaoqing.Graph.Bench.Store [-- [documents] SIZE...]   (default 250 500 1000)
// With "documents" first, only the per-document reads and the reopen are measured (DocumentReadBenchmark).
var documentsMode = args.FirstOrDefault() == "documents";
var sizeArguments = args.Skip(documentsMode ? 1 : 0).ToArray();
int[] sizes = sizeArguments.Length > 0 ? [.. sizeArguments.Select(int.Parse)] : [250, 500, 1000];
var generator = new CorpusGenerator(
    File.ReadAllText(RepositoryPaths.KeyTasksSeed),
    File.ReadAllText(RepositoryPaths.PlanSeed));
var corpus = Enumerable.Range(1, sizes.Max()).Select(generator.Document).ToArray();
Console.WriteLine($"corpus: {corpus.Length} documents generated from {generator.TaskCount} seed tasks, {corpus.Sum(d => d.Text.Length) / corpus.Length} chars each on average");

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
