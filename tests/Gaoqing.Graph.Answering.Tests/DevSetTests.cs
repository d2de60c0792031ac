using System.Globalization;
using Gaoqing.Graph.Answering.Answers;
using Gaoqing.Graph.Answering.Classification;
using Gaoqing.Graph.Answering.Graph;
using Xunit.Abstractions;

namespace Gaoqing.Graph.Answering.Tests;

/// <summary>The development question set, answered on the seed graph and checked against answers computed from the gold files.</summary>
public sealed class DevSetTests(SeedGraph seed, ITestOutputHelper output) : IClassFixture<SeedGraph>
{
    private const string KeyTasks = "document:高政办字〔2023〕20号";

    [Fact]
    public void At_least_95_percent_of_the_development_questions_are_answered_exactly_right()
    {
        var gold = new GoldAnswers(SeedGraph.GoldDir);
        var rows = File.ReadAllLines(SeedGraph.DataFile("dev-questions.tsv")).Where(l => l.Length > 0 && l[0] != '#').Select(l => l.Split('\t')).ToArray();
        var training = IntentTrainingSet.Embedded().Select(e => e.Masked).ToHashSet(StringComparer.Ordinal);
        Assert.True(rows.Length >= 150, $"only {rows.Length} development questions");
        var seen = rows.Where(r => training.Contains(seed.Answerer.Index.Linker.Link(r[0]).Masked)).Select(r => r[0]).ToArray();
        Assert.True(seen.Length == 0, "development questions phrased as a training question: " + string.Join("、", seen));
        var wrong = new List<string>();
        foreach (var row in rows)
        {
            var answer = seed.Answerer.Answer(row[0]);
            var (expected, actual) = Compare(gold, row[1], row[2], answer);
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

    private static (string Expected, string Actual) Compare(GoldAnswers gold, string check, string argument, Answer answer)
    {
        string Numbers(IEnumerable<int> numbers) => string.Join(",", numbers.Order());
        string Names(IEnumerable<string> names) => string.Join("、", names.Order(StringComparer.Ordinal));
        var taskNumbers = answer.Tasks.Where(t => t.Id.StartsWith(KeyTasks, StringComparison.Ordinal)).Select(t => (int)(t.Integer("number") ?? -1));
        var units = answer.Departments.Select(d => d.DisplayName());
        switch (check)
        {
            case "leads-of-unit":
                return (Numbers(gold.LedBy(argument)), answer.Intent + ":" + Numbers(taskNumbers)).Normalize(Intents.DepartmentLeads);
            case "supports-of-unit":
                return (Numbers(gold.SupportedBy(argument)), answer.Intent + ":" + Numbers(taskNumbers)).Normalize(Intents.DepartmentSupports);
            case "count-leads":
                return (gold.LedBy(argument).Count.ToString(CultureInfo.InvariantCulture), answer.Count?.ToString(CultureInfo.InvariantCulture) ?? "none");
            case "units-lead":
                return (Names(gold.Leads(int.Parse(argument, CultureInfo.InvariantCulture))), answer.Intent + ":" + Names(units)).Normalize(Intents.TaskLeads);
            case "units-support":
                return (Names(gold.Supports(int.Parse(argument, CultureInfo.InvariantCulture))), answer.Intent + ":" + Names(units)).Normalize(Intents.TaskSupports);
            case "top-lead":
                return (Names(gold.TopLeads()), Names(units));
            case "measurement":
                var parts = argument.Split('|');
                var year = int.Parse(parts[1], CultureInfo.InvariantCulture);
                var expected = gold.Measurements(parts[0], year, parts[2], parts[3]);
                var values = answer.Measurements.Select(m => GoldAnswers.ValueUnit(m.Number("value") ?? double.NaN, m.Text("unit") ?? "")).ToHashSet();
                var onTopic = answer.Measurements.All(m => m.Integer("year") == year && (MeasurementAnswers.Related(m.Text("indicator"), [parts[3]]) || MeasurementAnswers.Related(m.Text("indicatorWritten"), [parts[3]])));
                var found = expected.All(values.Contains) && onTopic ? string.Join(";", expected) : string.Join(";", values.Order()) + (onTopic ? "" : " (off topic)");
                return (string.Join(";", expected), found);
            case "outcome":
                var outcome = GoldOutcome.Read(SeedGraph.GoldDir).Single(o => o.Task == int.Parse(argument, CultureInfo.InvariantCulture));
                return ($"{outcome.Status}:{outcome.Target}:{outcome.Actual}", $"{answer.Intent}:{Verdict(answer.Text)}:{Figure(answer, "TARGET", outcome.Target)}:{Figure(answer, "ACTUAL", outcome.Actual)}")
                    .Normalize(Intents.OutcomeOfTask);
            case "unmet":
                return (Numbers(GoldOutcome.Read(SeedGraph.GoldDir).Where(o => o.Status == "NOT_MET").Select(o => o.Task)), answer.Intent + ":" + Numbers(taskNumbers))
                    .Normalize(Intents.UnmetTasks);
            default:
                throw new InvalidDataException($"dev-questions.tsv: unknown check '{check}'");
        }
    }

    private static string Verdict(string text) =>
        text.Contains("未完成目标", StringComparison.Ordinal) ? "NOT_MET"
            : text.Contains("已完成目标", StringComparison.Ordinal) ? "MET"
            : text.Contains("已完成", StringComparison.Ordinal) ? "DONE" : "none";

    /// <summary>The gold figure when the answer's measurements of <paramref name="kind"/> hold it (a task may have more
    /// outcomes than the gold lists), else every figure the answer gives.</summary>
    private static string? Figure(Answer answer, string kind, string? gold)
    {
        var figures = answer.Measurements.Where(m => m.Text("kind") == kind).Select(m => GoldAnswers.ValueUnit(m.Number("value") ?? double.NaN, m.Text("unit") ?? "")).ToArray();
        return gold is not null && figures.Contains(gold) ? gold : figures.Length == 0 ? null : string.Join(";", figures.Order(StringComparer.Ordinal));
    }
}

/// <summary>Comparison helpers of the development set test.</summary>
internal static class Comparison
{
    /// <summary>The actual value without its intent prefix when the intent is the expected one, else with it (so it differs).</summary>
    public static (string Expected, string Actual) Normalize(this (string Expected, string Actual) pair, string intent) =>
        pair.Actual.StartsWith(intent + ":", StringComparison.Ordinal) ? (pair.Expected, pair.Actual[(intent.Length + 1)..]) : pair;
}
