using System.Globalization;
using Gaoqing.Graph.Answering.Graph;
using Gaoqing.Graph.Answering.Linking;
using Gaoqing.Graph.Model;

namespace Gaoqing.Graph.Answering.Answers;

/// <summary>Answers about tasks: their lead and supporting units, and what they are about.</summary>
public static class TaskAnswers
{
    /// <summary>Answers a task intent; a task number the graph lacks gets a "未找到" answer.</summary>
    public static Answer Answer(AnswerContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var detail = context.Intent == Intents.TaskDetail;
        var tasks = context.Tasks(withUnits: !detail);
        if (tasks.Count == 0)
        {
            var written = context.Linked.Of(EntityKind.Task).Select(e => e.Surface).FirstOrDefault() ?? "该任务";
            var numbers = context.View.Tasks.Select(t => t.Integer("number")).OfType<long>().ToArray();
            var range = numbers.Length == 0 ? string.Empty : string.Create(CultureInfo.InvariantCulture, $"现有任务编号为 {numbers.Min()}–{numbers.Max()}。");
            return context.Make($"未找到「{written}」对应的任务。{range}", suggestions: ["第1项任务由谁牵头"]);
        }

        var lines = new List<string>();
        var departments = new List<GraphNode>();
        foreach (var task in tasks)
        {
            var leads = context.Leads(task);
            var supports = context.Supports(task);
            var (units, line) = context.Intent switch
            {
                Intents.TaskLeads => (leads, leads.Count == 0 ? $"{AnswerContext.Describe(task)}未写明牵头单位" : $"{AnswerContext.Describe(task)}由{AnswerContext.Names(leads)}牵头"),
                Intents.TaskSupports => (supports, supports.Count == 0 ? $"{AnswerContext.Describe(task)}没有写明配合单位" : $"{AnswerContext.Describe(task)}的配合单位是{AnswerContext.Names(supports)}"),
                Intents.TaskDetail => (leads.Concat(supports).ToArray(), $"{AnswerContext.Describe(task)}：{task.Text("text")}"),
                _ => (leads.Concat(supports).ToArray(), Units(task, leads, supports)),
            };
            lines.Add(line);
            departments.AddRange(units.Where(u => !departments.Contains(u)));
        }

        var first = AnswerContext.Describe(tasks[0]);
        return context.Make(string.Join("；", lines) + "。", tasks, departments, evidence: context.EvidenceOf(tasks),
            suggestions: context.Intent == Intents.TaskSupports ? [$"{tasks[0].Text("title")}由谁牵头"] : [$"{tasks[0].Text("title")}的配合单位有哪些", $"{first}的具体内容是什么"]);
    }

    private static string Units(GraphNode task, IReadOnlyList<GraphNode> leads, IReadOnlyList<GraphNode> supports)
    {
        if (leads.Count + supports.Count == 0)
        {
            return $"{AnswerContext.Describe(task)}未写明责任单位";
        }

        var line = $"{AnswerContext.Describe(task)}由{AnswerContext.Names(leads)}牵头";
        return supports.Count == 0 ? line : $"{line}，{AnswerContext.Names(supports)}配合";
    }
}
