using System.Globalization;
using Gaoqing.Graph.Answering.Graph;
using Gaoqing.Graph.Answering.Linking;
using Gaoqing.Graph.Model;
using Gaoqing.Graph.Model.Building;

namespace Gaoqing.Graph.Answering.Answers;

/// <summary>One question being answered: the index, the linked question, the chosen intent, and helpers that build the
/// <see cref="Answer"/> from what the graph holds.</summary>
public sealed class AnswerContext(AnsweringIndex index, string question, LinkedQuestion linked, string intent, double confidence)
{
    /// <summary>The index answered from.</summary>
    public AnsweringIndex Index { get; } = index;

    /// <summary>The graph answered from.</summary>
    public GraphView View => Index.View;

    /// <summary>The question as asked.</summary>
    public string Question { get; } = question;

    /// <summary>The question's linked spans.</summary>
    public LinkedQuestion Linked { get; } = linked;

    /// <summary>The chosen intent.</summary>
    public string Intent { get; } = intent;

    /// <summary>The intent's probability.</summary>
    public double Confidence { get; } = confidence;

    /// <summary>True when the cleaned question contains any of <paramref name="words"/>.</summary>
    public bool Says(params string[] words) => words.Any(w => Linked.Text.Contains(w, StringComparison.Ordinal));

    /// <summary>"「县发改革局」按县发展改革局理解。" (or "「乡村振兴」按「分类推进乡村全面振兴」理解。" for a task or project) for each span
    /// linked by similarity or by a part of a name rather than by an exact name, when it has one reading.</summary>
    public string NearMisses() =>
        string.Concat(Linked.Entities
            .Where(e => e.Fuzzy && e.Kind is EntityKind.Department or EntityKind.Place or EntityKind.Task or EntityKind.Project)
            .Where(e => e.Entries.Select(x => x.Name).Distinct().Count() == 1 && e.Entries[0].Name != e.Surface)
            .Select(e => e.Kind is EntityKind.Task or EntityKind.Project ? $"「{e.Surface}」按「{e.Entries[0].Name}」理解。" : $"「{e.Surface}」按{e.Entries[0].Name}理解。"));

    /// <summary>The units the question names that the graph has, in order, without repeats.</summary>
    public IReadOnlyList<GraphNode> Departments() => Nodes(EntityKind.Department);

    /// <summary>The projects the question names.</summary>
    public IReadOnlyList<GraphNode> Projects() => Nodes(EntityKind.Project);

    /// <summary>The places the question names.</summary>
    public IReadOnlyList<GraphNode> Places() => Nodes(EntityKind.Place);

    /// <summary>The documents the question names.</summary>
    public IReadOnlyList<GraphNode> Documents() => Nodes(EntityKind.Document);

    /// <summary>The document whose title the question's words cover best (at least 30% of its character pairs are in the
    /// title), else none.</summary>
    public IReadOnlyList<GraphNode> DocumentsByTitle() =>
        View.Documents
            .Select(d => (Document: d, Score: Similarity.Coverage(Linked.Text, d.Text("title") ?? string.Empty)))
            .Where(d => d.Score >= 0.3)
            .OrderByDescending(d => d.Score)
            .Take(1)
            .Select(d => d.Document)
            .ToArray();

    /// <summary>The tasks the question names; with <paramref name="withUnits"/>, those with responsible units are preferred
    /// when a title names several tasks.</summary>
    public IReadOnlyList<GraphNode> Tasks(bool withUnits)
    {
        var tasks = new List<GraphNode>();
        foreach (var entity in Linked.Entities.Where(e => e.Kind is not (EntityKind.UnknownDepartment or EntityKind.UnknownPlace)))
        {
            var named = entity.Of(EntityKind.Task).Where(e => e.NodeId is not null).Select(e => View.Nodes[e.NodeId!]).ToList();
            if (withUnits && named.Any(HasUnits))
            {
                named = named.Where(HasUnits).ToList();
            }

            tasks.AddRange(named.Where(t => !tasks.Contains(t)));
        }

        return tasks;
    }

    /// <summary>The lead units of a task.</summary>
    public IReadOnlyList<GraphNode> Leads(GraphNode task) => AsWritten(View.Incoming(task.Id, GraphLabels.Leads));

    /// <summary>The supporting units of a task.</summary>
    public IReadOnlyList<GraphNode> Supports(GraphNode task) => AsWritten(View.Incoming(task.Id, GraphLabels.Supports));

    /// <summary>The tasks a unit leads, in document order.</summary>
    public IReadOnlyList<GraphNode> LedBy(GraphNode department) => InDocumentOrder(View.Targets(department.Id, GraphLabels.Leads));

    /// <summary>The tasks a unit supports, in document order.</summary>
    public IReadOnlyList<GraphNode> SupportedBy(GraphNode department) => InDocumentOrder(View.Targets(department.Id, GraphLabels.Supports));

    /// <summary>Nodes in the order their documents state them.</summary>
    public static IReadOnlyList<GraphNode> InDocumentOrder(IEnumerable<GraphNode> nodes) =>
        nodes.DistinctBy(n => n.Id)
            .OrderBy(n => n.Text(Evidence.SourceDocument), StringComparer.Ordinal)
            .ThenBy(n => n.Integer(Evidence.SourceStart) ?? 0)
            .ToArray();

    /// <summary>"第26项「积极发展可再生能源」" for a numbered task, "「title」（label）" otherwise.</summary>
    public static string Describe(GraphNode task)
    {
        var title = task.Text("title") ?? task.Id;
        return task.Integer("number") is { } number
            ? string.Create(CultureInfo.InvariantCulture, $"第{number}项「{title}」")
            : $"「{title}」";
    }

    /// <summary>The names of <paramref name="departments"/> joined with 、.</summary>
    public static string Names(IEnumerable<GraphNode> departments) => string.Join("、", departments.Select(d => d.DisplayName()));

    /// <summary>Up to <paramref name="limit"/> task descriptions joined with ；, with "等 N 项" when there are more.</summary>
    public static string List(IReadOnlyList<GraphNode> tasks, int limit = 30)
    {
        var shown = string.Join("；", tasks.Take(limit).Select(Describe));
        return tasks.Count > limit ? string.Create(CultureInfo.InvariantCulture, $"{shown} 等 {tasks.Count} 项") : shown;
    }

    /// <summary>The evidence of each node (its own span), skipping nodes without one.</summary>
    public IReadOnlyList<AnswerEvidence> EvidenceOf(IEnumerable<GraphNode> nodes) =>
        nodes.Select(n => View.EvidenceOf(n.Properties)).OfType<AnswerEvidence>().ToArray();

    /// <summary>An answer of this question's intent and confidence; its text starts with how near misses were read.</summary>
    public Answer Make(
        string text,
        IReadOnlyList<GraphNode>? tasks = null,
        IReadOnlyList<GraphNode>? departments = null,
        IReadOnlyList<GraphNode>? measurements = null,
        int? count = null,
        IReadOnlyList<AnswerEvidence>? evidence = null,
        IReadOnlyList<string>? suggestions = null,
        string? intent = null) =>
        new(Question, intent ?? Intent, Math.Round(Confidence, 4), NearMisses() + text, tasks ?? [], departments ?? [], measurements ?? [], count,
            evidence ?? [], suggestions ?? []);

    private bool HasUnits(GraphNode task) => View.Incoming(task.Id, GraphLabels.Leads).Count + View.Incoming(task.Id, GraphLabels.Supports).Count > 0;

    private static GraphNode[] AsWritten(IEnumerable<Graph.GraphLink> links) =>
        links.OrderBy(l => l.Relationship.Properties.GetValueOrDefault(Evidence.SourceStart) as long? ?? 0)
            .ThenBy(l => l.Node.Id, StringComparer.Ordinal)
            .Select(l => l.Node).DistinctBy(n => n.Id).ToArray();

    private IReadOnlyList<GraphNode> Nodes(EntityKind kind) =>
        Linked.Entities
            .Where(e => e.Kind is not (EntityKind.UnknownDepartment or EntityKind.UnknownPlace))
            .SelectMany(e => e.Entries.Where(x => x.Kind == kind && x.NodeId is not null).Take(1))
            .Select(e => View.Nodes[e.NodeId!])
            .DistinctBy(n => n.Id)
            .ToArray();
}
