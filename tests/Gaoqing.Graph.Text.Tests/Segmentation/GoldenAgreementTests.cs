using System.Text;
using System.Text.Json;
using Gaoqing.Graph.Text.Segmentation;

namespace Gaoqing.Graph.Text.Tests.Segmentation;

/// <summary>Token-for-token agreement with @node-rs/jieba 2.0.3 on both seeds and 2 MB of generated text.</summary>
public sealed class GoldenAgreementTests
{
    private const int MaxReported = 5;

    [Fact]
    public void The_inputs_hold_every_seed_line_and_at_least_2_MB_more()
    {
        var seedLines = new[] { RepositoryPaths.KeyTasksSeed, RepositoryPaths.PlanSeed }.SelectMany(path => File.ReadAllText(path).Split('\n')).ToArray();
        var inputs = GoldenFiles.Inputs;

        Assert.Equal(seedLines, inputs[..seedLines.Length]);
        var generated = inputs[seedLines.Length..].Sum(line => Encoding.UTF8.GetByteCount(line) + 1);
        Assert.True(generated >= 2 * 1024 * 1024, $"only {generated} bytes of generated text");
    }

    [Fact]
    public void Cut_with_hmm_matches_jieba_rs() => AssertCutAgrees("cut-hmm.txt.gz", hmm: true);

    [Fact]
    public void Cut_without_hmm_matches_jieba_rs() => AssertCutAgrees("cut-no-hmm.txt.gz", hmm: false);

    [Fact]
    public void Threads_sharing_the_default_segmenter_still_match_jieba_rs()
    {
        var expected = GoldenFiles.ReadLines("cut-hmm.txt.gz");
        var inputs = GoldenFiles.Inputs;
        var mismatches = 0;

        Parallel.For(0, inputs.Length, new ParallelOptions { MaxDegreeOfParallelism = 4 }, i =>
        {
            if (!GoldenFiles.TokensFromLengths(inputs[i], expected[i]).SequenceEqual(Segmenter.Default.Cut(inputs[i], hmm: true)))
            {
                Interlocked.Increment(ref mismatches);
            }
        });

        Assert.Equal(0, mismatches);
    }

    [Fact]
    public void Cut_for_search_matches_jieba_rs()
    {
        var expected = GoldenFiles.ReadLines("cut-for-search.txt.gz");
        var inputs = GoldenFiles.Inputs;
        var differences = new List<string>();
        for (var i = 0; i < expected.Length && differences.Count < MaxReported; i++)
        {
            var want = JsonSerializer.Deserialize<List<string>>(expected[i])!;
            var got = Segmenter.Default.CutForSearch(inputs[i], hmm: true);
            if (!want.SequenceEqual(got))
            {
                differences.Add(Describe(i, inputs[i], want, got));
            }
        }

        Assert.True(differences.Count == 0, string.Join("\n", differences));
    }

    [Fact]
    public void Tags_match_jieba_rs()
    {
        var expected = GoldenFiles.ReadLines("tag-hmm.txt.gz");
        var inputs = GoldenFiles.Inputs;
        var differences = new List<string>();
        for (var i = 0; i < expected.Length && differences.Count < MaxReported; i++)
        {
            var want = expected[i].Length == 0 ? [] : expected[i].Split(' ');
            var got = Segmenter.Default.Tag(inputs[i], hmm: true).Select(tagged => tagged.Tag).ToArray();
            if (!want.SequenceEqual(got))
            {
                differences.Add(Describe(i, inputs[i], want, got));
            }
        }

        Assert.True(differences.Count == 0, string.Join("\n", differences));
    }

    private static void AssertCutAgrees(string golden, bool hmm)
    {
        var expected = GoldenFiles.ReadLines(golden);
        var inputs = GoldenFiles.Inputs;
        Assert.Equal(inputs.Length, expected.Length);

        var differences = new List<string>();
        var count = 0;
        for (var i = 0; i < inputs.Length; i++)
        {
            var want = GoldenFiles.TokensFromLengths(inputs[i], expected[i]);
            var got = Segmenter.Default.Cut(inputs[i], hmm);
            if (!want.SequenceEqual(got))
            {
                count++;
                if (differences.Count < MaxReported)
                {
                    differences.Add(Describe(i, inputs[i], want, got));
                }
            }
        }

        Assert.True(count == 0, $"{count} of {inputs.Length} lines differ from {golden}; the first ones:\n{string.Join("\n", differences)}");
    }

    private static string Describe(int index, string input, IEnumerable<string> want, IEnumerable<string> got)
    {
        var wantList = want.ToList();
        var gotList = got.ToList();
        var first = 0;
        while (first < wantList.Count && first < gotList.Count && wantList[first] == gotList[first])
        {
            first++;
        }

        var from = Math.Max(0, first - 3);
        return $"line {index + 1}: {JsonSerializer.Serialize(input)}\n"
            + $"  first difference at token {first}\n"
            + $"  jieba-rs: {string.Join(" | ", wantList.Skip(from).Take(12))}\n"
            + $"  ours:     {string.Join(" | ", gotList.Skip(from).Take(12))}";
    }
}
