using System.Diagnostics;
using System.Globalization;
using Gaoqing.Graph.Answering;
using Gaoqing.Graph.Model.Store;

// Answering benchmark, in process on the seed graph: start-up (store seeding, classifier training, index build), ask
// latency p50/p99 over every question of the development set, and keyword search throughput. Prints key=value figures.
if (args.Length != 2)
{
    Console.Error.WriteLine("usage: Gaoqing.Graph.Bench.Answering <graph-seed/documents> <dev-questions.tsv>");
    return 2;
}

var questions = File.ReadAllLines(args[1]).Where(l => l.Length > 0 && l[0] != '#').Select(l => l.Split('\t')[0]).ToArray();
var dataDir = Path.Combine(Path.GetTempPath(), "gaoqing-bench-answering-" + Guid.NewGuid().ToString("N"));
try
{
    await using var store = await EmbeddedGraphStore.OpenAsync(dataDir);
    await GraphStoreSeeder.SeedIfEmptyAsync(store, args[0]);
    var start = Stopwatch.StartNew();
    var answerer = await QuestionAnswerer.CreateAsync(store);
    answerer.Answer(questions[0]);
    start.Stop();

    foreach (var question in questions)
    {
        answerer.Answer(question);
    }

    const int Rounds = 20;
    var samples = new List<double>(questions.Length * Rounds);
    for (var round = 0; round < Rounds; round++)
    {
        foreach (var question in questions)
        {
            var clock = Stopwatch.StartNew();
            answerer.Answer(question);
            samples.Add(clock.Elapsed.TotalMilliseconds);
        }
    }

    samples.Sort();
    double Percentile(double p) => samples[Math.Min(samples.Count - 1, (int)Math.Ceiling(p * samples.Count) - 1)];

    string[] queries = ["充电桩", "光伏发电", "养老服务", "垃圾分类", "乡村振兴", "营商环境", "黄河", "人才引进", "数字经济", "污水处理"];
    var searches = 0;
    var searchClock = Stopwatch.StartNew();
    while (searchClock.Elapsed.TotalSeconds < 2)
    {
        foreach (var query in queries)
        {
            answerer.Search(query, 10);
            searches++;
        }
    }

    var perSecond = searches / searchClock.Elapsed.TotalSeconds;
    Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
        $"questions={questions.Length} asks={samples.Count} startup_ms={start.Elapsed.TotalMilliseconds:F0} ask_p50_ms={Percentile(0.5):F3} ask_p99_ms={Percentile(0.99):F3} search_per_s={perSecond:F0}"));
    return 0;
}
finally
{
    if (Directory.Exists(dataDir))
    {
        Directory.Delete(dataDir, recursive: true);
    }
}
