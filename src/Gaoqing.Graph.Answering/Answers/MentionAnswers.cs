using System.Globalization;
using Gaoqing.Graph.Answering.Graph;
using Gaoqing.Graph.Answering.Linking;
using Gaoqing.Graph.Model;
using Gaoqing.Graph.Model.Building;

namespace Gaoqing.Graph.Answering.Answers;

/// <summary>Answers which tasks name a project or a place, with the sentences that name it.</summary>
public static class MentionAnswers
{
    /// <summary>Answers a project or place intent; an unknown place gets a "未找到" answer with the nearest places.</summary>
    public static Answer Answer(AnswerContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var project = context.Intent == Intents.ProjectTasks;
        var nodes = project ? context.Projects() : context.Places();
        if (nodes.Count == 0)
        {
            var kind = project ? EntityKind.Project : EntityKind.Place;
            if (context.Linked.Entities.Where(e => e.Kind == kind).SelectMany(e => e.Of(kind)).FirstOrDefault() is { } known)
            {
                return SearchAnswers.Answer(context, $"图中没有「{known.Name}」的节点，改用关键词搜索。");
            }

            var unknown = context.Linked.Of(EntityKind.UnknownPlace).FirstOrDefault();
            var nearest = unknown?.Entries.Select(e => e.Name).Distinct().ToArray() ?? [];
            var written = unknown?.Surface ?? "该地点";
            var text = nearest.Length == 0 ? $"未找到地点「{written}」。" : $"未找到地点「{written}」。您是不是要找：{string.Join("、", nearest)}？";
            return context.Make(text, suggestions: nearest);
        }

        var node = nodes[0];
        var links = context.View.Incoming(node.Id, GraphLabels.Mentions);
        var tasks = AnswerContext.InDocumentOrder(links.Select(l => l.Node).Where(n => n.Label == GraphLabels.Task));
        var evidence = links.Select(l => context.View.SentenceOf(l.Relationship.Properties)).OfType<AnswerEvidence>()
            .DistinctBy(e => (e.DocumentId, e.Start)).OrderBy(e => e.DocumentId, StringComparer.Ordinal).ThenBy(e => e.Start).ToArray();
        var name = node.DisplayName();
        var answer = evidence.Length == 0
            ? $"图中没有提到「{name}」的句子。"
            : tasks.Count == 0
                ? string.Create(CultureInfo.InvariantCulture, $"「{name}」在文件中出现 {evidence.Length} 处，不属于编号任务：{evidence[0].Text}")
                : string.Create(CultureInfo.InvariantCulture, $"提到「{name}」的任务有 {tasks.Count} 项：{AnswerContext.List(tasks)}。");
        var units = tasks.SelectMany(t => context.Leads(t)).DistinctBy(d => d.Id).ToArray();
        return context.Make(answer, tasks, units, evidence: evidence, suggestions: tasks.Count > 0 ? [$"{tasks[0].Text("title")}由谁牵头"] : []);
    }
}
