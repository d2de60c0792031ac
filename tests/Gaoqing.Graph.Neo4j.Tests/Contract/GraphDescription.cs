using System.Globalization;

namespace Gaoqing.Graph.Neo4j.Tests.Contract;

/// <summary>Elements as comparable text: id, labels or type and ends, and the non-null properties with their value types.</summary>
/// <remarks>Null properties are left out because Neo4j stores none; the types are kept, so 2 and 2.0 differ.</remarks>
internal static class GraphDescription
{
    public static string Of(GraphNode node) => $"{node.Id} :{string.Join(':', node.Labels)} {Of(node.Properties)}";

    public static string Of(GraphRelationship relationship) =>
        $"{relationship.Id} ({relationship.Start})-[{relationship.Type}]->({relationship.End}) {Of(relationship.Properties)}";

    public static string[] Of(IEnumerable<GraphNode> nodes) => [.. nodes.OrderBy(node => node.Id, StringComparer.Ordinal).Select(Of)];

    public static string[] Of(IEnumerable<GraphRelationship> relationships) => [.. relationships.OrderBy(relationship => relationship.Id, StringComparer.Ordinal).Select(Of)];

    private static string Of(IReadOnlyDictionary<string, object?> properties) =>
        "{" + string.Join(", ", properties.Where(pair => pair.Value is not null).OrderBy(pair => pair.Key, StringComparer.Ordinal).Select(pair => $"{pair.Key}: {Value(pair.Value!)}")) + "}";

    private static string Value(object value) => value switch
    {
        string text => $"'{text}'",
        bool flag => flag ? "true" : "false",
        int or long => $"int {Convert.ToInt64(value, CultureInfo.InvariantCulture)}",
        double number => $"float {number.ToString("R", CultureInfo.InvariantCulture)}",
        IEnumerable<string> list => "[" + string.Join(", ", list.Select(item => $"'{item}'")) + "]",
        _ => $"{value.GetType().Name} {value}",
    };
}
