using System.Globalization;
using Gaoqing.Graph.Model.Building;
using Gaoqing.Graph.Model.Store;

namespace Gaoqing.Graph.Model.Export;

/// <summary>Builds the responsibility table from a graph: one row per task of every document that assigns units to its tasks.</summary>
/// <remarks>
/// A document none of whose tasks is led or supported by a unit (a plan of measures) gives no rows; a task of an assigning
/// document that names no unit gives a row with empty unit columns, so that the gap shows. Rows are in document order
/// (year, then id) and task order (number, or the parts of the key compared as numbers).
/// </remarks>
public static class ResponsibilityTable
{
    /// <summary>The rows of <paramref name="graph"/>; with <paramref name="departmentId"/>, only the tasks that department leads or supports.</summary>
    public static IReadOnlyList<ResponsibilityRow> Build(GraphContent graph, string? departmentId = null)
    {
        ArgumentNullException.ThrowIfNull(graph);
        var nodes = graph.Nodes.ToDictionary(node => node.Id, StringComparer.Ordinal);
        var assignments = graph.Relationships
            .Where(relationship => relationship.Type is GraphLabels.Leads or GraphLabels.Supports && nodes.ContainsKey(relationship.Start))
            .GroupBy(relationship => relationship.End, StringComparer.Ordinal)
            .ToDictionary(group => group.Key, group => group.OrderBy(Start).ThenBy(r => r.Start, StringComparer.Ordinal).ToList(), StringComparer.Ordinal);
        var tasks = graph.Nodes.Where(node => node.Label == GraphLabels.Task).ToList();
        var assigningDocuments = tasks
            .Where(task => assignments.ContainsKey(task.Id))
            .Select(task => Text(task.Properties, Evidence.SourceDocument))
            .ToHashSet(StringComparer.Ordinal);

        return tasks
            .Where(task => assigningDocuments.Contains(Text(task.Properties, Evidence.SourceDocument)))
            .Where(task => departmentId is null || (assignments.TryGetValue(task.Id, out var units) && units.Exists(unit => unit.Start == departmentId)))
            .Select(task => (Task: task, Document: nodes.GetValueOrDefault(Text(task.Properties, Evidence.SourceDocument))))
            .OrderBy(pair => pair.Document is null ? long.MaxValue : Integer(pair.Document.Properties, "year") ?? long.MaxValue)
            .ThenBy(pair => Text(pair.Task.Properties, Evidence.SourceDocument), StringComparer.Ordinal)
            .ThenBy(pair => pair.Task, TaskOrder.Instance)
            .Select(pair => Row(pair.Task, pair.Document, assignments.GetValueOrDefault(pair.Task.Id) ?? [], nodes))
            .ToList();
    }

    private static ResponsibilityRow Row(GraphNode task, GraphNode? document, List<GraphRelationship> units, Dictionary<string, GraphNode> nodes)
    {
        string[] Names(string type) => [.. units.Where(unit => unit.Type == type).Select(unit => Text(nodes[unit.Start].Properties, "name"))];
        return new ResponsibilityRow(
            document is null ? Text(task.Properties, Evidence.SourceDocument) : Text(document.Properties, "title"),
            document is null ? string.Empty : Text(document.Properties, "docNumber"),
            TaskNumber(task),
            Text(task.Properties, "title"),
            Names(GraphLabels.Leads),
            Names(GraphLabels.Supports),
            Text(task.Properties, "text"));
    }

    private static string TaskNumber(GraphNode task) =>
        Integer(task.Properties, "number") is { } number ? number.ToString(CultureInfo.InvariantCulture) : Text(task.Properties, "key");

    private static long Start(GraphRelationship relationship) => Integer(relationship.Properties, Evidence.SourceStart) ?? long.MaxValue;

    private static string Text(IReadOnlyDictionary<string, object?> properties, string name) =>
        properties.TryGetValue(name, out var value) && value is string text ? text : string.Empty;

    private static long? Integer(IReadOnlyDictionary<string, object?> properties, string name) =>
        properties.TryGetValue(name, out var value) ? value switch
        {
            long number => number,
            int number => number,
            double number when number % 1 == 0 => (long)number,
            _ => null,
        } : null;

    /// <summary>Orders tasks by number, then by the dot-separated parts of their key compared as numbers where they are numbers.</summary>
    private sealed class TaskOrder : IComparer<GraphNode>
    {
        public static readonly TaskOrder Instance = new();

        public int Compare(GraphNode? x, GraphNode? y)
        {
            ArgumentNullException.ThrowIfNull(x);
            ArgumentNullException.ThrowIfNull(y);
            var byNumber = (Integer(x.Properties, "number") ?? long.MaxValue).CompareTo(Integer(y.Properties, "number") ?? long.MaxValue);
            if (byNumber != 0)
            {
                return byNumber;
            }

            var left = Text(x.Properties, "key").Split('.');
            var right = Text(y.Properties, "key").Split('.');
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
