using System.Text;
using Gaoqing.Graph.Model.Store;

namespace Gaoqing.Graph.Model.Tests.Store;

/// <summary>A canonical text of a whole graph (ids, labels, typed property values) for comparing two graphs.</summary>
internal static class GraphDump
{
    public static string Of(GraphContent graph)
    {
        var text = new StringBuilder();
        foreach (var node in graph.Nodes)
        {
            text.Append("node ").Append(node.Id).Append(' ').AppendJoin(',', node.Labels).Append(' ').AppendLine(Properties(node.Properties));
        }

        foreach (var relationship in graph.Relationships)
        {
            text.Append("rel ").Append(relationship.Id).Append(' ').Append(relationship.Start).Append(" -").Append(relationship.Type)
                .Append("-> ").Append(relationship.End).Append(' ').AppendLine(Properties(relationship.Properties));
        }

        return text.ToString();
    }

    public static async Task<string> OfStore(IGraphStore store) => Of(await store.GetGraphAsync());

    private static string Properties(IReadOnlyDictionary<string, object?> properties) =>
        string.Join(";", properties.OrderBy(pair => pair.Key, StringComparer.Ordinal).Select(pair => $"{pair.Key}={Value(pair.Value)}"));

    private static string Value(object? value) => value switch
    {
        null => "null",
        IReadOnlyList<string> list => "[" + string.Join(",", list) + "]",
        _ => $"{value.GetType().Name}:{value}",
    };
}
