using System.Globalization;
using Gaoqing.Graph.Model.Building;
using Gaoqing.Graph.Model.Store;

namespace Gaoqing.Graph.Model.Export;

/// <summary>Reads the responsibility table from a graph store: one row per task of every document that assigns units to its tasks.</summary>
/// <remarks>
/// A document none of whose tasks is led or supported by a unit (a plan of measures) gives no rows; a task of an assigning
/// document that names no unit gives a row with empty unit columns, so that the gap shows. Rows are in document order
/// (year, then id) and task order (number, or the parts of the key compared as numbers).
/// </remarks>
public static class ResponsibilityTable
{
    /// <summary>The rows of <paramref name="store"/>'s graph; with <paramref name="departmentId"/>, only the tasks that department leads or supports.</summary>
    /// <remarks>Reads only the tasks concerned, their incoming LEADS and SUPPORTS, their units and their documents, so a
    /// department's table costs in proportion to its tasks, not to the graph.</remarks>
    public static async Task<IReadOnlyList<ResponsibilityRow>> ReadAsync(IGraphStore store, string? departmentId = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(store);
        IReadOnlyList<GraphNode> tasks;
        if (departmentId is null)
        {
            tasks = (await store.GetNodesByLabelAsync(new NodeQuery(GraphLabels.Task, First: int.MaxValue), cancellationToken).ConfigureAwait(false)).Nodes;
        }
        else
        {
            var outgoing = await store.GetRelationshipsAsync([departmentId], RelationshipDirection.Outgoing, cancellationToken: cancellationToken).ConfigureAwait(false);
            var ids = outgoing[departmentId].Where(IsAssignment).Select(relationship => relationship.End).ToHashSet(StringComparer.Ordinal);
            tasks = [.. (await store.GetNodesAsync(ids, cancellationToken).ConfigureAwait(false)).Values.Where(node => node.Label == GraphLabels.Task)];
        }

        var incoming = await store.GetRelationshipsAsync([.. tasks.Select(task => task.Id)], RelationshipDirection.Incoming, cancellationToken: cancellationToken).ConfigureAwait(false);
        var assignments = incoming.ToDictionary(
            pair => pair.Key,
            pair => pair.Value.Where(IsAssignment).OrderBy(Start).ThenBy(relationship => relationship.Start, StringComparer.Ordinal).ToList(),
            StringComparer.Ordinal);
        var related = assignments.Values.SelectMany(units => units.Select(unit => unit.Start))
            .Concat(tasks.Select(task => Text(task, Evidence.SourceDocument)))
            .ToHashSet(StringComparer.Ordinal);
        var nodes = await store.GetNodesAsync(related, cancellationToken).ConfigureAwait(false);
        var assigningDocuments = tasks
            .Where(task => assignments[task.Id].Count > 0)
            .Select(task => Text(task, Evidence.SourceDocument))
            .ToHashSet(StringComparer.Ordinal);

        return tasks
            .Where(task => assigningDocuments.Contains(Text(task, Evidence.SourceDocument)))
            .Select(task => (Task: task, Document: nodes.GetValueOrDefault(Text(task, Evidence.SourceDocument))))
            .OrderBy(pair => pair.Document is null ? long.MaxValue : GraphValues.Integer(pair.Document, "year") ?? long.MaxValue)
            .ThenBy(pair => Text(pair.Task, Evidence.SourceDocument), StringComparer.Ordinal)
            .ThenBy(pair => pair.Task, TaskOrder.Instance)
            .Select(pair => Row(pair.Task, pair.Document, assignments[pair.Task.Id], nodes))
            .ToList();
    }

    private static bool IsAssignment(GraphRelationship relationship) => relationship.Type is GraphLabels.Leads or GraphLabels.Supports;

    private static ResponsibilityRow Row(GraphNode task, GraphNode? document, List<GraphRelationship> units, IReadOnlyDictionary<string, GraphNode> nodes)
    {
        string[] Names(string type) => [.. units.Where(unit => unit.Type == type)
            .Select(unit => nodes.TryGetValue(unit.Start, out var department) ? Text(department, "name") : unit.Start)];
        return new ResponsibilityRow(
            document is null ? Text(task, Evidence.SourceDocument) : Text(document, "title"),
            document is null ? string.Empty : Text(document, "docNumber"),
            TaskNumber(task),
            Text(task, "title"),
            Names(GraphLabels.Leads),
            Names(GraphLabels.Supports),
            Text(task, "text"));
    }

    private static string TaskNumber(GraphNode task) =>
        GraphValues.Integer(task, "number") is { } number ? number.ToString(CultureInfo.InvariantCulture) : Text(task, "key");

    private static long Start(GraphRelationship relationship) => GraphValues.Integer(relationship.Properties, Evidence.SourceStart) ?? long.MaxValue;

    private static string Text(GraphNode node, string name) => GraphValues.Text(node, name) ?? string.Empty;

    /// <summary>Orders tasks by number, then by the dot-separated parts of their key compared as numbers where they are numbers.</summary>
    private sealed class TaskOrder : IComparer<GraphNode>
    {
        public static readonly TaskOrder Instance = new();

        public int Compare(GraphNode? x, GraphNode? y)
        {
            ArgumentNullException.ThrowIfNull(x);
            ArgumentNullException.ThrowIfNull(y);
            var byNumber = (GraphValues.Integer(x, "number") ?? long.MaxValue).CompareTo(GraphValues.Integer(y, "number") ?? long.MaxValue);
            if (byNumber != 0)
            {
                return byNumber;
            }

            var left = Text(x, "key").Split('.');
            var right = Text(y, "key").Split('.');
            for (var index = 0; index < Math.Min(left.Length, right.Length); index++)
            {
                var part = long.TryParse(left[index], CultureInfo.InvariantCulture, out var a) && long.TryParse(right[index], CultureInfo.InvariantCulture, out var b)
                    ? a.CompareTo(b)
                    : string.CompareOrdinal(left[index], right[index]);
                if (part != 0)
                {
                    return part;
                }
            }

            return left.Length != right.Length ? left.Length.CompareTo(right.Length) : string.CompareOrdinal(x.Id, y.Id);
        }
    }
}
