using System.Text.Json;
using Gaoqing.Graph.Model.Store;

namespace Gaoqing.Graph.Model.Export;

/// <summary>Writes a graph as the export JSON of the contract: <c>{"nodes": […], "relationships": […]}</c>, UTF-8, CJK unescaped.</summary>
/// <remarks>Property values are written by <see cref="PropertyJsonWriter"/>: a double keeps its fraction (<c>5.0</c>).</remarks>
public static class GraphJsonWriter
{
    private static readonly JsonWriterOptions IndentedOptions = PropertyJsonWriter.Options with { Indented = true };

    /// <summary>Writes <paramref name="graph"/> to <paramref name="stream"/> as UTF-8 JSON, indented unless <paramref name="indented"/> is false.</summary>
    public static void Write(Stream stream, GraphExport graph, bool indented = true)
    {
        ArgumentNullException.ThrowIfNull(graph);
        using var writer = new Utf8JsonWriter(stream, indented ? IndentedOptions : PropertyJsonWriter.Options);
        writer.WriteStartObject();
        writer.WriteStartArray("nodes");
        foreach (var node in graph.Nodes)
        {
            writer.WriteStartObject();
            writer.WriteString("id", node.Id);
            writer.WriteStartArray("labels");
            foreach (var label in node.Labels)
            {
                writer.WriteStringValue(label);
            }

            writer.WriteEndArray();
            writer.WritePropertyName("properties");
            PropertyJsonWriter.WriteProperties(writer, node.Properties, $"node {node.Id}");
            writer.WriteEndObject();
        }

        writer.WriteEndArray();
        writer.WriteStartArray("relationships");
        foreach (var relationship in graph.Relationships)
        {
            writer.WriteStartObject();
            writer.WriteString("id", relationship.Id);
            writer.WriteString("type", relationship.Type);
            writer.WriteString("start", relationship.Start);
            writer.WriteString("end", relationship.End);
            writer.WritePropertyName("properties");
            PropertyJsonWriter.WriteProperties(writer, relationship.Properties, $"relationship {relationship.Id}");
            writer.WriteEndObject();
        }

        writer.WriteEndArray();
        writer.WriteEndObject();
    }

    /// <summary><paramref name="graph"/> as a JSON string, indented unless <paramref name="indented"/> is false.</summary>
    public static string ToJson(GraphExport graph, bool indented = true)
    {
        using var stream = new MemoryStream();
        Write(stream, graph, indented);
        return System.Text.Encoding.UTF8.GetString(stream.ToArray());
    }
}
