using System.Globalization;
using Gaoqing.Graph.Model.Building;

namespace Gaoqing.Graph.Model;

/// <summary>Typed reads of node properties (strings, integers, numbers, string lists) that tolerate absent values.</summary>
public static class GraphValues
{
    /// <summary>A string property, or null.</summary>
    public static string? Text(GraphNode node, string name) =>
        node.Properties.TryGetValue(name, out var value) && value is string text ? text : null;

    /// <summary>An integer property (stored as long or double), or null.</summary>
    public static long? Integer(GraphNode node, string name) => Integer(node.Properties, name);

    /// <summary>An integer property of a property map, or null.</summary>
    public static long? Integer(IReadOnlyDictionary<string, object?> properties, string name) =>
        properties.TryGetValue(name, out var value) ? value switch
        {
            long l => l,
            int i => i,
            double d when Math.Abs(d % 1) < double.Epsilon => (long)d,
            string s when long.TryParse(s, NumberStyles.Integer, CultureInfo.InvariantCulture, out var parsed) => parsed,
            _ => null,
        } : null;

    /// <summary>A numeric property, or null.</summary>
    public static double? Number(GraphNode node, string name) =>
        node.Properties.TryGetValue(name, out var value) ? value switch
        {
            double d => d,
            long l => l,
            int i => i,
            _ => null,
        } : null;

    /// <summary>A list-of-strings property; empty when absent.</summary>
    public static IReadOnlyList<string> Texts(GraphNode node, string name) =>
        node.Properties.TryGetValue(name, out var value) && value is IEnumerable<string> texts ? [.. texts] : [];

    /// <summary>The document a node or relationship was read from (its sourceDocument), or null.</summary>
    public static string? SourceDocument(IReadOnlyDictionary<string, object?> properties) =>
        properties.TryGetValue(Evidence.SourceDocument, out var value) && value is string text ? text : null;
}
