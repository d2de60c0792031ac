using System.Diagnostics;
using System.Globalization;
using Gaoqing.Graph.Extraction;
using Gaoqing.Graph.Model;

// Times the extraction of both seed documents, warm: three seconds of warm-up of every round, then one unprinted pass
// of timed rounds (on a loaded machine the JIT is still tiering up during the first), then the printed pass: the
// wall-clock distribution and the CPU time a round (steadier on a shared machine).
const int TimedRounds = 300;
var warmUp = TimeSpan.FromSeconds(3);

var seeds = Directory.GetFiles(RepositoryPaths.SeedDocuments, "*.txt")
    .Order(StringComparer.Ordinal)
    .Select(path => (Name: Path.GetFileNameWithoutExtension(path), Text: File.ReadAllText(path)))
    .ToList();
Console.WriteLine($"seeds: {string.Join(", ", seeds.Select(s => $"{s.Name} ({s.Text.Length:N0} chars)"))}");

var rounds = new (string What, Action Round)[]
{
    ("extract both seeds (normalize + structure + responsibilities + mentions + measurements)", () =>
    {
        foreach (var (name, text) in seeds)
        {
            _ = DocumentExtractor.Extract(name, text);
        }
    }),
    ("pipeline both seeds (extract + build DocumentGraph)", () =>
    {
        foreach (var (name, text) in seeds)
        {
            _ = DocumentPipeline.Run(name, text);
        }
    }),
};

for (var warming = Stopwatch.StartNew(); warming.Elapsed < warmUp;)
{
    foreach (var (_, round) in rounds)
    {
        round();
    }
}

foreach (var print in new[] { false, true })
{
    foreach (var (what, round) in rounds)
    {
        Measure(what, round, print);
    }
}

static void Measure(string what, Action round, bool print)
{
    var times = new double[TimedRounds];
    var cpuBefore = Process.GetCurrentProcess().TotalProcessorTime;
    for (var i = 0; i < TimedRounds; i++)
    {
        var watch = Stopwatch.StartNew();
        round();
        times[i] = watch.Elapsed.TotalMilliseconds;
    }

    var cpuPerRound = (Process.GetCurrentProcess().TotalProcessorTime - cpuBefore).TotalMilliseconds / TimedRounds;
    Array.Sort(times);
    if (!print)
    {
        return;
    }

    Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
        $"{what}: median {times[TimedRounds / 2]:F2} ms, p95 {times[TimedRounds * 95 / 100]:F2} ms, min {times[0]:F2} ms wall; {cpuPerRound:F2} ms CPU a round; {TimedRounds} warm rounds"));
}
