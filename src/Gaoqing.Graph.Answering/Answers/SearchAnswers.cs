using System.Globalization;
using Gaoqing.Graph.Answering.Graph;
using Gaoqing.Graph.Model;
using Gaoqing.Graph.Model.Building;

namespace Gaoqing.Graph.Answering.Answers;

/// <summary>Answers by keyword search: the best hits, their snippets, and the tasks and units among them.</summary>
public static class SearchAnswers
{
    private const int HitCount = 5;

    /// <summary>Answers with the search hits of the question; <paramref name="fallback"/> says the question was not understood.</summary>
    public static Answer Answer(AnswerContext context, bool fallback)
    {
        ArgumentNullException.ThrowIfNull(context);
        var intro = fallback
            ? string.Create(CultureInfo.InvariantCulture, $"没能确定问题的意思（置信度 {context.Confidence:0.00}），改用关键词搜索。")
            : string.Empty;
        return Answer(context, intro);
    }

    /// <summary>Answers with the search hits of the question, after <paramref name="intro"/>.</summary>
    public static Answer Answer(AnswerContext context, string intro)
    {
        ArgumentNullException.ThrowIfNull(context);
        var hits = context.Index.Search.Search(context.Linked.Text, HitCount);
        if (hits.Count == 0)
        {
            return context.Make(intro + $"没有找到与「{Shorten(context.Linked.Text)}」相关的内容。", intent: Intents.Search,
                suggestions: ["县发展改革局牵头哪些任务", "积极发展可再生能源由谁牵头", "2023年地区生产总值是多少"]);
        }

        var lines = hits.Select((h, i) => string.Create(CultureInfo.InvariantCulture, $"{i + 1}. {Title(h.Node)}：{h.Snippet}"));
        var tasks = hits.Select(h => h.Node).Where(n => n.Label == GraphLabels.Task).ToArray();
        var departments = hits.Select(h => h.Node).Where(n => n.Label == GraphLabels.Department).ToArray();
        var text = string.Create(CultureInfo.InvariantCulture, $"{intro}关键词搜索找到 {hits.Count} 条结果：{string.Join("\n", lines)}");
        return context.Make(text, tasks, departments, evidence: context.EvidenceOf(tasks), intent: Intents.Search,
            suggestions: tasks.Select(t => $"{t.Text("title")}由谁牵头").Take(2).ToArray());
    }

    private static string Title(GraphNode node) => node.Label == GraphLabels.Task ? AnswerContext.Describe(node) : node.DisplayName();

    private static string Shorten(string text) => text.Length <= 20 ? text : text[..20] + "…";
}
