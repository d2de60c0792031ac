using System.Collections;
using System.Text.Encodings.Web;
using System.Text.Json;

namespace Gaoqing.Graph.Model.Export;

/// <summary>Writes a graph as the export JSON of the contract: <c>{"nodes": […], "relationships": […]}</c>, UTF-8, CJK unescaped.</summary>
public static class GraphJsonWriter
{
    private static readonly JsonWriterOptions Options = new()
    {
        Indented = true,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    /// <summary>Writes <paramref name="graph"/> to <paramref name="stream"/> as UTF-8 JSON.</summary>
    public static void Write(Stream stream, GraphExport graph)
    {
        ArgumentNullException.ThrowIfNull(graph);
        using var writer = new Utf8JsonWriter(stream, Options);
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
            WriteProperties(writer, node.Properties);
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
            WriteProperties(writer, relationship.Properties);
            writer.WriteEndObject();
        }

        writer.WriteEndArray();
        writer.WriteEndObject();
    }

    /// <summary><paramref name="graph"/> as a JSON string.</summary>
    public static string ToJson(GraphExport graph)
    {
        using var stream = new MemoryStream();
        Write(stream, graph);
        return System.Text.Encoding.UTF8.GetString(stream.ToArray());
    }

    private static void WriteProperties(Utf8JsonWriter writer, IReadOnlyDictionary<string, object?> properties)
    {
        writer.WriteStartObject("properties");
        foreach (var (key, value) in properties)
        {
            writer.WritePropertyName(key);
            WriteValue(writer, value);
        }

        writer.WriteEndObject();
    }

    private static void WriteValue(Utf8JsonWriter writer, object? value)
    {
        switch (value)
        {
            case null:
                writer.WriteNullValue();
                break;
            case string s:
                writer.WriteStringValue(s);
                break;
            case bool b:
                writer.WriteBooleanValue(b);
                break;
            case long l:
                writer.WriteNumberValue(l);
                break;
            case int i:
                writer.WriteNumberValue(i);
                break;
            case double d:
                writer.WriteNumberValue(d);
                break;
            case IEnumerable list:
                writer.WriteStartArray();
                foreach (var item in list)
                {
                    WriteValue(writer, item);
                }

                writer.WriteEndArray();
                break;
            default:
                throw new ArgumentException($"a property value of type {value.GetType().Name} has no JSON form", nameof(value));
        }
    }
}
