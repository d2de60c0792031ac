namespace Gaoqing.Graph.GraphQL.Validation;

/// <summary>Groups nodes by name, groups in order of each name's first appearance.</summary>
internal static class NameGroups
{
    public static List<List<T>> ByName<T>(IReadOnlyList<T> items, Func<T, string> nameOf)
    {
        var groups = new List<List<T>>();
        var index = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var item in items)
        {
            var name = nameOf(item);
            if (index.TryGetValue(name, out var at))
            {
                groups[at].Add(item);
            }
            else
            {
                index[name] = groups.Count;
                groups.Add([item]);
            }
        }
        return groups;
    }
}
