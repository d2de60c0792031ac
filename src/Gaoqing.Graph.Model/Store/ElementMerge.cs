using System.Collections.Immutable;

namespace Gaoqing.Graph.Model.Store;

/// <summary>How the versions of one node or relationship stated by several documents combine, oldest first.</summary>
/// <remarks>Labels are united; for each property a later document's value wins, except that a null never
/// overwrites a value and string lists (aliases) are united in order of first appearance.</remarks>
internal static class ElementMerge
{
    /// <summary>The node that <paramref name="older"/> and then <paramref name="newer"/> state together.</summary>
    public static GraphNode Merge(GraphNode older, GraphNode newer) =>
        new(newer.Id, [.. older.Labels.Union(newer.Labels, StringComparer.Ordinal)], Merge(older.Properties, newer.Properties));

    /// <summary>The relationship that <paramref name="older"/> and then <paramref name="newer"/> state together.</summary>
    public static GraphRelationship Merge(GraphRelationship older, GraphRelationship newer)
    {
        if (older.Type != newer.Type || older.Start != newer.Start || older.End != newer.End)
        {
            throw new InvalidDataException(
                $"relationship {newer.Id}: stored as {older.Start}-[{older.Type}]->{older.End}, now given as {newer.Start}-[{newer.Type}]->{newer.End}");
        }

        return newer with { Properties = Merge(older.Properties, newer.Properties) };
    }

    private static PropertyMap Merge(IReadOnlyDictionary<string, object?> older, IReadOnlyDictionary<string, object?> newer)
    {
        var merged = new Dictionary<string, object?>(StringComparer.Ordinal);
        foreach (var (key, value) in older)
        {
            merged[key] = value;
        }

        foreach (var (key, value) in newer)
        {
            if (value is null && merged.ContainsKey(key))
            {
                continue;
            }

            merged[key] = merged.TryGetValue(key, out var previous) && previous is IReadOnlyList<string> first && value is IReadOnlyList<string> second
                ? first.Union(second, StringComparer.Ordinal).ToImmutableArray()
                : value;
        }

        return PropertyMap.From(merged);
    }
}
