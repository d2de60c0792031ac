using System.Globalization;
using Gaoqing.Graph.Answering.Classification;
using Xunit.Abstractions;

namespace Gaoqing.Graph.Answering.Tests;

/// <summary>The development question set, answered on the seed graph and checked against answers computed from the gold files.</summary>
public sealed class DevSetTests(SeedGraph seed, ITestOutputHelper output) : IClassFixture<SeedGraph>
{
    [Fact]
    public void At_least_95_percent_of_the_development_questions_are_answered_exactly_right()
    {
        var checks = AnswerChecks.FromGold();
        var rows = File.ReadAllLines(SeedGraph.DataFile("dev-questions.tsv")).Where(l => l.Length > 0 && l[0] != '#').Select(l => l.Split('\t')).ToArray();
        var training = IntentTrainingSet.Embedded().Select(e => e.Masked).ToHashSet(StringComparer.Ordinal);
        Assert.True(rows.Length >= 150, $"only {rows.Length} development questions");
        var seen = rows.Where(r => training.Contains(seed.Answerer.Index.Linker.Link(r[0]).Masked)).Select(r => r[0]).ToArray();
        Assert.True(seen.Length == 0, "development questions phrased as a training question: " + string.Join("、", seen));
        var wrong = new List<string>();
        foreach (var row in rows)
        {
            var answer = seed.Answerer.Answer(row[0]);
            var (expected, actual) = checks.Compare(row[1], row[2], answer);
            if (expected != actual)
            {
                wrong.Add($"{row[0]} [{answer.Intent} {answer.Confidence:0.00}] expected {expected} got {actual}");
            }
        }

        var rate = 1.0 - ((double)wrong.Count / rows.Length);
        output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"development set: {rows.Length - wrong.Count}/{rows.Length} exactly right ({rate:P1})"));
        foreach (var line in wrong)
        {
            output.WriteLine("  wrong: " + line);
        }

        Assert.True(rate >= 0.95, string.Create(CultureInfo.InvariantCulture, $"{rate:P1} exactly right:\n{string.Join("\n", wrong)}"));
    }
}
