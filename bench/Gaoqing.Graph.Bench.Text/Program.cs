using System.Diagnostics;
using System.Globalization;
using System.Text;
using Gaoqing.Graph.Text.Segmentation;

// Segmenter benchmark: dictionary load time (first use, in a fresh process) and cut throughput with the HMM,
// line by line over the input file. Prints one line of "key=value" figures that bench/segmenter.sh reads.
if (args.Length != 1)
{
    Console.Error.WriteLine("usage: Gaoqing.Graph.Bench.Text <input.txt>");
    return 2;
}

var text = File.ReadAllText(args[0]);
var lines = text.Split('\n');
var megabytes = Encoding.UTF8.GetByteCount(text) / (1024.0 * 1024.0);

// Load = everything until the first sentence is cut: jieba's dictionary and the HMM model, decompressed and parsed.
var load = Stopwatch.StartNew();
var segmenter = Segmenter.Default;
segmenter.Cut("高青县", hmm: true);
load.Stop();

var tokens = 0L;
var best = double.MaxValue;
for (var round = 0; round < 5; round++)
{
    var clock = Stopwatch.StartNew();
    tokens = 0;
    foreach (var line in lines)
    {
        tokens += segmenter.Cut(line, hmm: true).Count;
    }

    best = Math.Min(best, clock.Elapsed.TotalSeconds);
}

Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
    $"impl=gaoqing load_ms={load.Elapsed.TotalMilliseconds:F1} mb={megabytes:F2} best_s={best:F3} mb_per_s={megabytes / best:F2} tokens={tokens}"));
return 0;
