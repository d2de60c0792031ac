using System.Globalization;
using Gaoqing.Graph.Answering.Answers;
using Gaoqing.Graph.Answering.Graph;

namespace Gaoqing.Graph.Answering.Tests;

/// <summary>Checks an answer against the expectation a question-set row names (a check and its argument), computing the
/// expected value from the gold files; shared by the development and the held-out question sets.</summary>
public sealed class AnswerChecks(GoldAnswers gold, IReadOnlyList<GoldOutcome> outcomes)
{
    private const string KeyTasks = "document:高政办字〔2023〕20号";
    private static readonly string[] DocumentNumbers = ["高政办字〔2023〕20号", "高政发〔2024〕1号"];

    /// <summary>Checks over the gold files of <see cref="SeedGraph.GoldDir"/>.</summary>
    public static AnswerChecks FromGold() => new(new GoldAnswers(SeedGraph.GoldDir), GoldOutcome.Read(SeedGraph.GoldDir));

    /// <summary>The intent a row of <paramref name="check"/> asks for, to report accuracy by intent ("NOT_IN_GRAPH" for
    /// questions the graph cannot answer).</summary>
    public static string IntentOf(string check) => check switch
    {
        "leads-of-unit" => Intents.DepartmentLeads,
        "supports-of-unit" => Intents.DepartmentSupports,
        "tasks-of-unit" => Intents.DepartmentTasks,
        "count-leads" => Intents.CountLeads,
        "count-supports" => Intents.CountSupports,
        "count-tasks" => Intents.CountTasks,
        "shared-tasks" or "partners" => Intents.Partners,
        "units-lead" => Intents.TaskLeads,
        "units-support" => Intents.TaskSupports,
        "units-all" => Intents.TaskUnits,
        "task-detail" => Intents.TaskDetail,
        "top-lead" or "top-support" => Intents.TopDepartment,
        "measurement" => Intents.Measurement,
        "outcome" => Intents.OutcomeOfTask,
        "outcome-of-indicator" => Intents.OutcomeOfIndicator,
        "unmet" => Intents.UnmetTasks,
        "done" => Intents.DoneTasks,
        "document" => Intents.DocumentFacts,
        "project-tasks" => Intents.ProjectTasks,
        "place-tasks" => Intents.PlaceTasks,
        "search" => Intents.Search,
        "not-found" => "NOT_IN_GRAPH",
        _ => throw new InvalidDataException($"question set: unknown check '{check}'"),
    };

    /// <summary>The expected and the actual value of <paramref name="check"/>; the answer is exactly right when they are equal.</summary>
    public (string Expected, string Actual) Compare(string check, string argument, Answer answer)
    {
        ArgumentNullException.ThrowIfNull(answer);
        var taskNumbers = TaskNumbers(answer);
        var units = Names(answer.Departments.Select(d => d.DisplayName()));
        switch (check)
        {
            case "leads-of-unit":
                return (Numbers(gold.LedBy(argument)), answer.Intent + ":" + taskNumbers).Normalize(Intents.DepartmentLeads);
            case "supports-of-unit":
                return (Numbers(gold.SupportedBy(argument)), answer.Intent + ":" + taskNumbers).Normalize(Intents.DepartmentSupports);
            case "tasks-of-unit":
                return (Numbers(gold.LedBy(argument).Union(gold.SupportedBy(argument))), answer.Intent + ":" + taskNumbers).Normalize(Intents.DepartmentTasks);
            case "count-leads":
                return (Count(gold.LedBy(argument).Count), Count(answer.Count));
            case "count-supports":
                return (Count(gold.SupportedBy(argument).Count), answer.Intent + ":" + Count(answer.Count)).Normalize(Intents.CountSupports);
            case "count-tasks":
                return (Count(argument == "*" ? gold.TaskCount : gold.LedBy(argument).Union(gold.SupportedBy(argument)).Count()), Count(answer.Count));
            case "shared-tasks":
                var pair = argument.Split('|');
                var shared = gold.LedBy(pair[0]).Union(gold.SupportedBy(pair[0])).Intersect(gold.LedBy(pair[1]).Union(gold.SupportedBy(pair[1])));
                return (Numbers(shared), taskNumbers);
            case "partners":
                return (Names(gold.PartnersOf(argument)), answer.Intent + ":" + units).Normalize(Intents.Partners);
            case "units-lead":
                return (Names(gold.Leads(Number(argument))), answer.Intent + ":" + units).Normalize(Intents.TaskLeads);
            case "units-support":
                return (Names(gold.Supports(Number(argument))), answer.Intent + ":" + units).Normalize(Intents.TaskSupports);
            case "units-all":
                return (Names(gold.Leads(Number(argument)).Union(gold.Supports(Number(argument)))), answer.Intent + ":" + units).Normalize(Intents.TaskUnits);
            case "task-detail":
                return (argument, answer.Intent + ":" + taskNumbers).Normalize(Intents.TaskDetail);
            case "top-lead":
                return (Names(gold.TopLeads()), units);
            case "top-support":
                return (Names(gold.TopSupports()), units);
            case "measurement":
                return Measurement(argument, answer);
            case "outcome":
                return Outcome(outcomes.Single(o => o.Task == Number(argument)), answer, Intents.OutcomeOfTask);
            case "outcome-of-indicator":
                return Outcome(outcomes.Single(o => o.Task == Number(argument)), answer, Intents.OutcomeOfIndicator);
            case "unmet":
                return (Numbers(outcomes.Where(o => o.Status == "NOT_MET").Select(o => o.Task)), answer.Intent + ":" + taskNumbers).Normalize(Intents.UnmetTasks);
            case "done":
                return Done(answer);
            case "project-tasks":
                return (argument, answer.Intent + ":" + taskNumbers).Normalize(Intents.ProjectTasks);
            case "place-tasks":
                return (argument, answer.Intent + ":" + taskNumbers).Normalize(Intents.PlaceTasks);
            case "document":
                var named = DocumentNumbers.Where(n => answer.Text.Contains(n, StringComparison.Ordinal));
                return (argument, answer.Intent + ":" + string.Join("|", named)).Normalize(Intents.DocumentFacts);
            case "search":
                var first = answer.Tasks.FirstOrDefault(t => t.Id.StartsWith(KeyTasks, StringComparison.Ordinal))?.Integer("number");
                var wanted = argument.Split(',').Select(Number).ToArray();
                var hit = first is { } n && wanted.Contains((int)n) ? argument : "first key task " + (first?.ToString(CultureInfo.InvariantCulture) ?? "none");
                return (argument, answer.Intent + ":" + hit).Normalize(Intents.Search);
            case "not-found":
                return ("says so", Unanswered(answer));
            default:
                throw new InvalidDataException($"question set: unknown check '{check}'");
        }
    }

    private (string Expected, string Actual) Measurement(string argument, Answer answer)
    {
        var parts = argument.Split('|');
        var year = Number(parts[1]);
        var wanted = gold.Measurements(parts[0], year, parts[2], parts[3]);
        var expected = string.Join(";", wanted);
        var values = answer.Measurements.Select(m => GoldAnswers.ValueUnit(m.Number("value") ?? double.NaN, m.Text("unit") ?? "")).ToHashSet();
        var onTopic = answer.Measurements.All(m => m.Integer("year") == year
            && (MeasurementAnswers.Related(m.Text("indicator"), [parts[3]]) || MeasurementAnswers.Related(m.Text("indicatorWritten"), [parts[3]])));
        return (expected, wanted.All(values.Contains) && onTopic ? expected : string.Join(";", values.Order()) + (onTopic ? "" : " (off topic)"));
    }

    /// <summary>The gold's MET and DONE tasks against the answer's: every one of them and no NOT_MET task must be listed.
    /// The gold names the outcomes it checked, not every task the report shows done, so further tasks are not counted wrong.</summary>
    private (string Expected, string Actual) Done(Answer answer)
    {
        var done = outcomes.Where(o => o.Status != "NOT_MET").Select(o => o.Task).ToHashSet();
        var unmet = outcomes.Where(o => o.Status == "NOT_MET").Select(o => o.Task).ToHashSet();
        var listed = answer.Tasks.Where(t => t.Id.StartsWith(KeyTasks, StringComparison.Ordinal)).Select(t => (int)(t.Integer("number") ?? -1)).ToHashSet();
        var actual = done.IsSubsetOf(listed) && !listed.Overlaps(unmet) ? Numbers(done) : Numbers(listed);
        return (Numbers(done), answer.Intent + ":" + actual).Normalize(Intents.DoneTasks);
    }

    private static (string Expected, string Actual) Outcome(GoldOutcome outcome, Answer answer, string intent) =>
        ($"{outcome.Status}:{outcome.Target}:{outcome.Actual}",
            $"{answer.Intent}:{Verdict(answer.Text)}:{Figure(answer, "TARGET", outcome.Target)}:{Figure(answer, "ACTUAL", outcome.Actual)}").Normalize(intent);

    /// <summary>"says so" when the answer says that nothing was found and gives no units, figures or count, or says that it
    /// fell back to keyword search (so its hits are search results, not an answer), else what it claims.</summary>
    private static string Unanswered(Answer answer)
    {
        var notFound = (answer.Text.Contains("未找到", StringComparison.Ordinal) || answer.Text.Contains("没有", StringComparison.Ordinal))
            && answer.Departments.Count == 0 && answer.Measurements.Count == 0 && answer.Count is null;
        var searched = answer.Intent == Intents.Search && answer.Text.Contains("改用关键词搜索", StringComparison.Ordinal) && answer.Measurements.Count == 0;
        return notFound || searched ? "says so" : $"{answer.Intent}: {answer.Text}";
    }

    private static string TaskNumbers(Answer answer) =>
        Numbers(answer.Tasks.Where(t => t.Id.StartsWith(KeyTasks, StringComparison.Ordinal)).Select(t => (int)(t.Integer("number") ?? -1)));

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

    private static string Numbers(IEnumerable<int> numbers) => string.Join(",", numbers.Order());

    private static string Names(IEnumerable<string> names) => string.Join("、", names.Order(StringComparer.Ordinal));

    private static string Count(int? count) => count?.ToString(CultureInfo.InvariantCulture) ?? "none";

    private static int Number(string text) => int.Parse(text, CultureInfo.InvariantCulture);
}
