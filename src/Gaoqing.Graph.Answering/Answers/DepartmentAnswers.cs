using System.Globalization;
using Gaoqing.Graph.Answering.Graph;
using Gaoqing.Graph.Answering.Linking;
using Gaoqing.Graph.Model;
using Gaoqing.Graph.Model.Building;

namespace Gaoqing.Graph.Answering.Answers;

/// <summary>Answers about units: the tasks they lead or support, how many, their partners, and which leads the most.</summary>
public static class DepartmentAnswers
{
    /// <summary>Answers a unit intent; an unknown unit or one without tasks gets a "未找到" answer with the nearest names.</summary>
    public static Answer Answer(AnswerContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var departments = context.Departments();
        if (departments.Count == 0)
        {
            return NotFound(context);
        }

        var department = departments[0];
        var name = department.DisplayName();
        if (departments.Count > 1 && context.Says("共同", "一起", "同时", "都", "合作", "联合"))
        {
            return Shared(context, department, departments[1]);
        }

        switch (context.Intent)
        {
            case Intents.DepartmentLeads:
            case Intents.CountLeads:
                return TaskList(context, department, context.LedBy(department), "牵头");
            case Intents.DepartmentSupports:
            case Intents.CountSupports:
                return TaskList(context, department, context.SupportedBy(department), "配合");
            case Intents.Partners:
                return departments.Count > 1 ? Shared(context, department, departments[1]) : Partners(context, department);
            default:
                var all = AnswerContext.InDocumentOrder(context.LedBy(department).Concat(context.SupportedBy(department)));
                return TaskList(context, department, all, "牵头或配合");
        }

        Answer TaskList(AnswerContext c, GraphNode unit, IReadOnlyList<GraphNode> tasks, string role)
        {
            var counting = c.Intent is Intents.CountLeads or Intents.CountSupports or Intents.CountTasks || c.Says("多少", "几", "数量");
            var text = tasks.Count == 0
                ? $"图中没有{name}{role}的任务。"
                : string.Create(CultureInfo.InvariantCulture, $"{name}{role} {tasks.Count} 项任务：{AnswerContext.List(tasks)}。");
            return c.Make(text, tasks, [unit], count: counting ? tasks.Count : null, evidence: c.EvidenceOf(tasks),
                suggestions: [$"{name}和哪些部门合作最多", role == "牵头" ? $"{name}配合哪些任务" : $"{name}牵头哪些任务"]);
        }
    }

    /// <summary>Counts tasks: of a named unit, else of a document named by number or described by its title's words, else of
    /// a year, else all of them.</summary>
    public static Answer Count(AnswerContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        if (context.Departments().Count > 0 || context.Linked.Of(EntityKind.UnknownDepartment).Any())
        {
            return Answer(context);
        }

        IEnumerable<GraphNode> tasks = context.View.Tasks;
        var scope = "图中";
        var documents = context.Documents();
        if (documents.Count == 0 && context.Says("文件", "文"))
        {
            documents = context.DocumentsByTitle();
        }

        if (documents is [var document, ..])
        {
            tasks = tasks.Where(t => t.Text(Evidence.SourceDocument) == document.Id);
            scope = $"《{document.Text("title")}》";
        }
        else if (context.Linked.Years.FirstOrDefault() is var year and > 0)
        {
            tasks = tasks.Where(t => t.Integer("year") == year);
            scope = string.Create(CultureInfo.InvariantCulture, $"{year}年");
        }

        var list = AnswerContext.InDocumentOrder(tasks);
        return context.Make(string.Create(CultureInfo.InvariantCulture, $"{scope}共有 {list.Count} 项任务。"), list, count: list.Count,
            suggestions: ["哪个部门牵头的任务最多"]);
    }

    /// <summary>The unit that leads (or supports, or takes part in) the most tasks, with the runners-up.</summary>
    public static Answer Top(AnswerContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var supports = context.Says("配合", "协助", "协同");
        var both = !supports && !context.Says("牵头") && context.Says("参与", "承担", "忙");
        var role = supports ? "配合" : both ? "承担" : "牵头";
        var ranked = context.View.Departments
            .Select(d => (Department: d, Tasks: both
                ? AnswerContext.InDocumentOrder(context.LedBy(d).Concat(context.SupportedBy(d)))
                : supports ? context.SupportedBy(d) : context.LedBy(d)))
            .Where(r => r.Tasks.Count > 0)
            .OrderByDescending(r => r.Tasks.Count).ThenBy(r => r.Department.DisplayName(), StringComparer.Ordinal)
            .ToArray();
        if (ranked.Length == 0)
        {
            return context.Make($"图中没有写明{role}单位的任务。");
        }

        var top = ranked.Where(r => r.Tasks.Count == ranked[0].Tasks.Count).ToArray();
        var rest = ranked.Skip(top.Length).Take(4).Select(r => string.Create(CultureInfo.InvariantCulture, $"{r.Department.DisplayName()}（{r.Tasks.Count} 项）"));
        var text = string.Create(CultureInfo.InvariantCulture,
            $"{role}任务最多的是{AnswerContext.Names(top.Select(t => t.Department))}（{ranked[0].Tasks.Count} 项），其次是{string.Join("、", rest)}。");
        var tasks = top[0].Tasks;
        return context.Make(text, tasks, top.Select(t => t.Department).ToArray(), count: ranked[0].Tasks.Count, evidence: context.EvidenceOf(tasks),
            suggestions: [$"{top[0].Department.DisplayName()}{role}哪些任务"]);
    }

    private static Answer Partners(AnswerContext context, GraphNode department)
    {
        var name = department.DisplayName();
        var tasks = AnswerContext.InDocumentOrder(context.LedBy(department).Concat(context.SupportedBy(department)));
        var partners = tasks
            .SelectMany(t => context.Leads(t).Concat(context.Supports(t)).Where(d => d.Id != department.Id).Distinct().Select(d => (Department: d, Task: t)))
            .GroupBy(p => p.Department.Id)
            .Select(g => (Department: g.First().Department, Tasks: g.Select(p => p.Task).ToArray()))
            .OrderByDescending(p => p.Tasks.Length).ThenBy(p => p.Department.DisplayName(), StringComparer.Ordinal)
            .ToArray();
        if (partners.Length == 0)
        {
            return context.Make($"图中没有与{name}共同承担任务的单位。", departments: [department]);
        }

        var listed = string.Join("、", partners.Take(8).Select(p => string.Create(CultureInfo.InvariantCulture, $"{p.Department.DisplayName()}（{p.Tasks.Length} 项）")));
        var text = string.Create(CultureInfo.InvariantCulture, $"与{name}共同承担任务的有 {partners.Length} 个单位，合作最多的是{listed}。");
        var shared = partners[0].Tasks;
        return context.Make(text, shared, partners.Select(p => p.Department).ToArray(), evidence: context.EvidenceOf(shared),
            suggestions: [$"{name}和{partners[0].Department.DisplayName()}共同承担哪些任务"]);
    }

    private static Answer Shared(AnswerContext context, GraphNode first, GraphNode second)
    {
        var mine = context.LedBy(first).Concat(context.SupportedBy(first)).Select(t => t.Id).ToHashSet(StringComparer.Ordinal);
        var shared = AnswerContext.InDocumentOrder(context.LedBy(second).Concat(context.SupportedBy(second)).Where(t => mine.Contains(t.Id)));
        var text = shared.Count == 0
            ? $"{first.DisplayName()}和{second.DisplayName()}没有共同承担的任务。"
            : string.Create(CultureInfo.InvariantCulture, $"{first.DisplayName()}和{second.DisplayName()}共同承担 {shared.Count} 项任务：{AnswerContext.List(shared)}。");
        return context.Make(text, shared, [first, second], evidence: context.EvidenceOf(shared));
    }

    private static Answer NotFound(AnswerContext context)
    {
        var unknown = context.Linked.Of(EntityKind.UnknownDepartment).FirstOrDefault();
        var known = context.Linked.Entities.SelectMany(e => e.Of(EntityKind.Department)).FirstOrDefault();
        if (unknown is null && known is not null)
        {
            return context.Make($"{known.Name}在图中没有承担任务，未找到相关内容。", suggestions: ["哪个部门牵头的任务最多"]);
        }

        var written = unknown?.Surface ?? "该单位";
        var nearest = unknown?.Entries.Select(e => e.Name).Distinct().ToArray() ?? [];
        var text = nearest.Length == 0
            ? $"未找到单位「{written}」。"
            : $"未找到单位「{written}」。您是不是要找：{string.Join("、", nearest)}？";
        return context.Make(text, suggestions: nearest);
    }
}
