using Gaoqing.Graph.Model;

namespace Gaoqing.Graph.Answering.Graph;

/// <summary>Typed reads of the properties the answering code uses.</summary>
public static class NodeProperties
{
    /// <summary>A string property, or null.</summary>
    public static string? Text(this GraphNode node, string name) =>
        node.Properties.GetValueOrDefault(name) as string;

    /// <summary>An integer property, or null.</summary>
    public static long? Integer(this GraphNode node, string name) =>
        node.Properties.GetValueOrDefault(name) switch
        {
            long value => value,
            int value => value,
            _ => null,
        };

    /// <summary>A numeric property, or null.</summary>
    public static double? Number(this GraphNode node, string name) =>
        node.Properties.GetValueOrDefault(name) switch
        {
            double value => value,
            long value => value,
            int value => value,
            _ => null,
        };

    /// <summary>A list-of-strings property; empty when absent.</summary>
    public static IReadOnlyList<string> List(this GraphNode node, string name) =>
        node.Properties.GetValueOrDefault(name) switch
        {
            IReadOnlyList<string> list => list,
            IEnumerable<string> items => items.ToArray(),
            IEnumerable<object?> items => items.OfType<string>().ToArray(),
            _ => [],
        };

    /// <summary>The node's display name: name, else title, else the id.</summary>
    public static string DisplayName(this GraphNode node) => node.Text("name") ?? node.Text("title") ?? node.Id;
}
