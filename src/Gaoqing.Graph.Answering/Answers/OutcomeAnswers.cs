using System.Globalization;
using Gaoqing.Graph.Answering.Graph;
using Gaoqing.Graph.Answering.Linking;
using Gaoqing.Graph.Model;
using Gaoqing.Graph.Model.Building;
using Gaoqing.Graph.Model.Tracing;

namespace Gaoqing.Graph.Answering.Answers;

/// <summary>Answers whether plans came true, from the outcomes later documents report: an indicator's targets, a task's
/// target or work, and the tasks that fell short or were done. Each outcome gives its status, target and actual with units
/// and ratio, and the report's span (with the plan's target span) as evidence.</summary>
public static class OutcomeAnswers
{
    /// <summary>Answers "2023年新增城镇就业目标完成了吗": the outcomes of the targets of the indicators asked, in the year asked.</summary>
    public static Answer OfIndicator(AnswerContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var names = context.Linked.Entities.SelectMany(e => e.Of(EntityKind.Indicator)).Select(e => e.Name).Distinct().ToArray();
        int? year = context.Linked.Years.ToArray() is [var y, ..] ? y : null;
        var outcomes = context.Index.Outcomes.All
            .Where(o => o.Target is { } target && MeasurementAnswers.Related(target.Text("indicator"), names) && (year is null || target.Integer("year") == year))
            .ToArray();
        var asked = (year is { } shown ? string.Create(CultureInfo.InvariantCulture, $"{shown}年") : string.Empty) + string.Join("、", names);
        if (outcomes.Length == 0)
        {
            var targets = context.View.Measurements
                .Where(m => m.Text("kind") == "TARGET" && MeasurementAnswers.Related(m.Text("indicator"), names) && (year is null || m.Integer("year") == year))
                .ToArray();
            var note = targets.Length == 0
                ? $"未找到「{asked}」的目标，也未找到其完成情况的报告。"
                : $"未找到「{asked}」目标完成情况的报告：图中有目标 {string.Join("、", targets.Select(Figure))}，但后来的文件没有报告实际值。";
            return context.Make(note, measurements: targets, evidence: context.EvidenceOf(targets),
                suggestions: names.Select(n => $"{n}是多少").ToArray());
        }

        return Make(context, outcomes, $"「{asked}」目标的完成情况：");
    }

    /// <summary>Answers "第4项任务完成了吗" or "马扎子引黄涵闸改建完成了吗": the outcomes of the tasks (or the tasks naming the projects) asked.</summary>
    public static Answer OfTask(AnswerContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var tasks = context.Tasks(withUnits: false).ToList();
        foreach (var project in context.Projects())
        {
            var naming = context.View.Incoming(project.Id, GraphLabels.Mentions).Select(l => l.Node).Where(n => n.Label == GraphLabels.Task);
            tasks.AddRange(naming.Where(t => !tasks.Contains(t)));
        }

        if (tasks.Count == 0)
        {
            var written = context.Linked.Entities.Select(e => e.Surface).FirstOrDefault() ?? "该任务";
            return context.Make($"未找到「{written}」对应的任务。", suggestions: ["哪些任务已经完成"]);
        }

        var outcomes = tasks.SelectMany(t => context.Index.Outcomes.ForTask(t.Id)).ToArray();
        if (outcomes.Length == 0)
        {
            return context.Make($"未找到{string.Join("、", tasks.Select(AnswerContext.Describe))}完成情况的报告。", tasks, evidence: context.EvidenceOf(tasks),
                suggestions: [$"{tasks[0].Text("title")}由谁牵头"]);
        }

        return Make(context, outcomes, string.Empty);
    }

    /// <summary>Answers "哪些任务没有完成目标": the tasks whose reported actual fell short of the target.</summary>
    public static Answer Unmet(AnswerContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var outcomes = context.Index.Outcomes.OfTasks.Where(o => o.Status == OutcomeStatus.NotMet).ToArray();
        return outcomes.Length == 0
            ? context.Make("已报告的目标都已完成，未找到没有完成目标的任务。", suggestions: ["哪些任务已经完成"])
            : Make(context, outcomes, string.Create(CultureInfo.InvariantCulture, $"没有完成目标的任务有 {Tasks(context, outcomes).Count} 项："));
    }

    /// <summary>Answers "哪些任务已经完成": the tasks whose target was reported met or whose work was reported done.</summary>
    public static Answer Done(AnswerContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var outcomes = context.Index.Outcomes.OfTasks.Where(o => o.Status is OutcomeStatus.Met or OutcomeStatus.Done).ToArray();
        return outcomes.Length == 0
            ? context.Make("未找到任务完成情况的报告。", suggestions: ["哪些任务没有完成目标"])
            : Make(context, outcomes, string.Create(CultureInfo.InvariantCulture, $"报告已完成目标或已完工的任务有 {Tasks(context, outcomes).Count} 项："));
    }

    private static Answer Make(AnswerContext context, IReadOnlyList<Outcome> outcomes, string lead)
    {
        var tasks = Tasks(context, outcomes);
        var measurements = outcomes.SelectMany(o => new[] { o.Target, o.Actual }).OfType<GraphNode>()
            .Select(m => context.View.Nodes.GetValueOrDefault(m.Id) ?? m).DistinctBy(m => m.Id).ToArray();
        var evidence = outcomes
            .SelectMany(o => new[] { new AnswerEvidence(o.Evidence.DocumentId, o.Evidence.Start, o.Evidence.End, o.Evidence.Text), TargetSpan(context, o) })
            .OfType<AnswerEvidence>().DistinctBy(e => (e.DocumentId, e.Start, e.End)).ToArray();
        var lines = outcomes.Select(o => Describe(context, o));
        return context.Make(lead + string.Join("；", lines) + "。", tasks, measurements: measurements, evidence: evidence,
            suggestions: tasks.Count > 0 ? [$"{tasks[0].Text("title")}由谁牵头"] : []);
    }

    private static List<GraphNode> Tasks(AnswerContext context, IEnumerable<Outcome> outcomes) =>
        outcomes.Select(o => o.TaskId is { } task ? context.View.Nodes.GetValueOrDefault(task) : null).OfType<GraphNode>().DistinctBy(t => t.Id).ToList();

    private static AnswerEvidence? TargetSpan(AnswerContext context, Outcome outcome) =>
        outcome.Target is { } target ? context.View.EvidenceOf(target.Properties) : null;

    private static string Describe(AnswerContext context, Outcome outcome)
    {
        var said = $"（{DocumentNumber(outcome.Evidence.DocumentId)}：「{outcome.Evidence.Text}」）";
        var compared = outcome.Target is { } target && outcome.Actual is { } actual
            ? $"{Indicator(target)}目标{Amount(target)}，实际{Amount(actual)}" + (outcome.Ratio is { } ratio ? string.Create(CultureInfo.InvariantCulture, $"，完成{ratio * 100:0.#}%") : string.Empty) + "，"
            : string.Empty;
        var verdict = outcome.Status switch
        {
            OutcomeStatus.Met => "已完成目标",
            OutcomeStatus.NotMet => "未完成目标",
            OutcomeStatus.Done => "已完成",
            _ => "有报告，未说明是否完成",
        };
        return $"{StatedBy(context, outcome)}{(compared.Length == 0 ? "：" : compared)}{verdict}{said}";
    }

    /// <summary>The task an outcome belongs to, or for a target stated outside tasks the plan's 预期目标.</summary>
    private static string StatedBy(AnswerContext context, Outcome outcome) => outcome.TaskId switch
    {
        { } task => context.View.Nodes.TryGetValue(task, out var node) ? AnswerContext.Describe(node) : task,
        null when outcome.Target?.Text(Evidence.SourceDocument) is { } plan => $"{DocumentNumber(plan)}预期目标",
        _ => "预期目标",
    };

    private static string DocumentNumber(string documentId) => documentId.Replace("document:", string.Empty, StringComparison.Ordinal);

    private static string Indicator(GraphNode measurement) =>
        (measurement.Integer("year") is { } y ? string.Create(CultureInfo.InvariantCulture, $"：{y}年") : "：") + measurement.Text("indicator");

    private static string Amount(GraphNode measurement) =>
        (measurement.Number("value")?.ToString("0.###", CultureInfo.InvariantCulture) ?? "?") + measurement.Text("unit");

    private static string Figure(GraphNode measurement) => Indicator(measurement)[1..] + " " + Amount(measurement);
}
