using System.Text.Encodings.Web;
using System.Text.Json;
using Gaoqing.Graph.Answering.Graph;
using Gaoqing.Graph.Model;

namespace Gaoqing.Graph.Answering;

/// <summary>Writes an <see cref="Answer"/> as JSON (UTF-8, CJK unescaped), in the shape of the contract type: nodes as
/// objects with their id and the properties a chat widget shows.</summary>
public static class AnswerJson
{
    private static readonly JsonWriterOptions Options = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping, Indented = true };

    /// <summary>The JSON text of <paramref name="answer"/>.</summary>
    public static string ToJson(Answer answer)
    {
        ArgumentNullException.ThrowIfNull(answer);
        using var buffer = new MemoryStream();
        using (var writer = new Utf8JsonWriter(buffer, Options))
        {
            writer.WriteStartObject();
            writer.WriteString("question", answer.Question);
            writer.WriteString("intent", answer.Intent);
            writer.WriteNumber("confidence", answer.Confidence);
            writer.WriteString("text", answer.Text);
            Nodes(writer, "tasks", answer.Tasks, "number", "title", "year");
            Nodes(writer, "departments", answer.Departments, "name", "level");
            Nodes(writer, "measurements", answer.Measurements, "indicator", "value", "unit", "kind", "year", "qualifier", "text");
            if (answer.Count is { } count)
            {
                writer.WriteNumber("count", count);
            }
            else
            {
                writer.WriteNull("count");
            }

            writer.WriteStartArray("evidence");
            foreach (var evidence in answer.Evidence)
            {
                writer.WriteStartObject();
                writer.WriteString("document", evidence.DocumentId);
                writer.WriteNumber("start", evidence.Start);
                writer.WriteNumber("end", evidence.End);
                writer.WriteString("text", evidence.Text);
                writer.WriteEndObject();
            }

            writer.WriteEndArray();
            writer.WriteStartArray("suggestions");
            foreach (var suggestion in answer.Suggestions)
            {
                writer.WriteStringValue(suggestion);
            }

            writer.WriteEndArray();
            writer.WriteEndObject();
        }

        return System.Text.Encoding.UTF8.GetString(buffer.ToArray());
    }

    private static void Nodes(Utf8JsonWriter writer, string name, IReadOnlyList<GraphNode> nodes, params string[] properties)
    {
        writer.WriteStartArray(name);
        foreach (var node in nodes)
        {
            writer.WriteStartObject();
            writer.WriteString("id", node.Id);
            foreach (var property in properties)
            {
                switch (node.Properties.GetValueOrDefault(property))
                {
                    case string text:
                        writer.WriteString(property, text);
                        break;
                    case long integer:
                        writer.WriteNumber(property, integer);
                        break;
                    case double number:
                        writer.WriteNumber(property, number);
                        break;
                    default:
                        writer.WriteNull(property);
                        break;
                }
            }

            writer.WriteEndObject();
        }

        writer.WriteEndArray();
    }
}
