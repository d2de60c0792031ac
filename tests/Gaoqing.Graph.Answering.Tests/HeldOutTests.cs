using System.Globalization;
using Gaoqing.Graph.Answering.Classification;
using Xunit.Abstractions;

namespace Gaoqing.Graph.Answering.Tests;

/// <summary>The held-out question set (Data/heldout-questions.tsv, written by hand as users type), answered on the seed
/// graph and checked against answers computed from the gold files: accuracy overall and by intent, and a floor.</summary>
public sealed class HeldOutTests(SeedGraph seed, ITestOutputHelper output) : IClassFixture<SeedGraph>
{
    /// <summary>The share of held-out questions that must be answered exactly right.</summary>
    private const double Floor = 0.98;

    [Fact]
    public void Held_out_questions_cover_every_intent_and_none_is_phrased_as_a_training_question()
    {
        var rows = Rows();
        Assert.True(rows.Length >= 120, $"only {rows.Length} held-out questions");
        var asked = rows.Select(r => AnswerChecks.IntentOf(r[1])).ToHashSet(StringComparer.Ordinal);
        var missing = typeof(Intents).GetFields().Select(f => (string)f.GetValue(null)!).Where(i => i != Intents.Invalid && !asked.Contains(i)).ToArray();
        Assert.True(missing.Length == 0, "intents without a held-out question: " + string.Join(", ", missing));
        var training = IntentTrainingSet.Embedded().Select(e => e.Masked).ToHashSet(StringComparer.Ordinal);
        var seen = rows.Where(r => training.Contains(seed.Answerer.Index.Linker.Link(QuestionText.Clean(r[0])).Masked)).Select(r => r[0]).ToArray();
        Assert.True(seen.Length == 0, "held-out questions phrased as a training question: " + string.Join("、", seen));
    }

    [Fact]
    public void Held_out_accuracy_stays_above_its_floor()
    {
        var checks = AnswerChecks.FromGold();
        var results = Rows().Select(row =>
        {
            var answer = seed.Answerer.Answer(row[0]);
            var (expected, actual) = checks.Compare(row[1], row[2], answer);
            return (Intent: AnswerChecks.IntentOf(row[1]), Right: expected == actual,
                Line: $"{row[0]} [{answer.Intent} {answer.Confidence:0.00}] expected {expected} got {actual}");
        }).ToArray();
        var right = results.Count(r => r.Right);
        var rate = (double)right / results.Length;
        output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"held-out set: {right}/{results.Length} exactly right ({rate:P1})"));
        foreach (var group in results.GroupBy(r => r.Intent).OrderBy(g => g.Key, StringComparer.Ordinal))
        {
            output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  {group.Key,-22} {group.Count(r => r.Right),3}/{group.Count(),-3}"));
        }

        foreach (var wrong in results.Where(r => !r.Right))
        {
            output.WriteLine("  wrong: " + wrong.Line);
        }

        Assert.True(rate >= Floor, string.Create(CultureInfo.InvariantCulture, $"{rate:P1} exactly right, floor {Floor:P0}"));
    }

    [Theory]
    [InlineData("发改局负责啥")]
    [InlineData("哪些活是住建局牵头的？")]
    [InlineData("县发展改革局 牵头")]
    [InlineData("教体局一共配合了几个任务？")]
    [InlineData("2024年GDP目标多少")]
    [InlineData("23年财政收入多少")]
    [InlineData("马扎子引黄涵闸咋样了")]
    [InlineData("人社局和财政局一起干了哪些事")]
    [InlineData("县医保局牵头哪些工作")]
    [InlineData("26号任务谁负责牵头?")]
    [InlineData("充电桩")]
    [InlineData("县外事办牵头了哪些事")]
    [InlineData("第99项是谁牵头的")]
    public void Important_held_out_questions_are_answered_exactly_right(string question)
    {
        var row = Assert.Single(Rows(), r => r[0] == question);
        var (expected, actual) = AnswerChecks.FromGold().Compare(row[1], row[2], seed.Answerer.Answer(question));
        Assert.Equal(expected, actual);
    }

    private static string[][] Rows() =>
        File.ReadAllLines(SeedGraph.DataFile("heldout-questions.tsv")).Where(l => l.Length > 0 && l[0] != '#').Select(l => l.Split('\t')).ToArray();
}
