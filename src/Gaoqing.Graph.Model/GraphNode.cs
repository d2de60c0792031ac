namespace Gaoqing.Graph.Model;

/// <summary>A node of the property graph: a stable id, its labels and its properties.</summary>
/// <remarks>Property values are <see cref="string"/>, <see cref="long"/>, <see cref="double"/>, <see cref="bool"/>,
/// a list of strings, or null.</remarks>
public sealed record GraphNode(string Id, IReadOnlyList<string> Labels, IReadOnlyDictionary<string, object?> Properties)
{
    /// <summary>The first label, which names what the node is (Task, Department …).</summary>
    public string Label => Labels[0];
}
