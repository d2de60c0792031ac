using System.Diagnostics;
using System.Globalization;
using Gaoqing.Graph.Extraction;
using Gaoqing.Graph.Model;

// Times the extraction of both seed documents, warm: a warm-up, then many timed rounds; prints the distribution.
const int WarmUpRounds = 30;
const int TimedRounds = 300;

var root = RepositoryRoot();
var seeds = Directory.GetFiles(Path.Combine(root, "graph-seed", "documents"), "*.txt")
    .Order(StringComparer.Ordinal)
    .Select(path => (Name: Path.GetFileNameWithoutExtension(path), Text: File.ReadAllText(path)))
    .ToList();
Console.WriteLine($"seeds: {string.Join(", ", seeds.Select(s => $"{s.Name} ({s.Text.Length:N0} chars)"))}");

Measure("extract both seeds (normalize + structure + responsibilities + mentions + measurements)", () =>
{
    foreach (var (name, text) in seeds)
    {
        _ = DocumentExtractor.Extract(name, text);
    }
});
Measure("pipeline both seeds (extract + build DocumentGraph)", () =>
{
    foreach (var (name, text) in seeds)
    {
        _ = DocumentPipeline.Run(name, text);
    }
});

static void Measure(string what, Action round)
{
    for (var i = 0; i < WarmUpRounds; i++)
    {
        round();
    }

    var times = new double[TimedRounds];
    for (var i = 0; i < TimedRounds; i++)
    {
        var watch = Stopwatch.StartNew();
        round();
        times[i] = watch.Elapsed.TotalMilliseconds;
    }

    Array.Sort(times);
    Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
        $"{what}: median {times[TimedRounds / 2]:F2} ms, p95 {times[TimedRounds * 95 / 100]:F2} ms, min {times[0]:F2} ms over {TimedRounds} warm rounds"));
}

static string RepositoryRoot()
{
    for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
    {
        if (File.Exists(Path.Combine(dir.FullName, "Gaoqing.Graph.sln")))
        {
            return dir.FullName;
        }
    }

    throw new InvalidOperationException("Gaoqing.Graph.sln not found above " + AppContext.BaseDirectory);
}
