using System.Collections;
using System.Text.Encodings.Web;
using System.Text.Json;
using Gaoqing.Graph.Model.Store;

namespace Gaoqing.Graph.Neo4j.QueryApi;

/// <summary>Writes a statement and its parameters as a Query API request body: <c>{"statement": …, "parameters": {…}}</c>.</summary>
/// <remarks>Values are null, strings, booleans, integers, finite doubles (always written with a fraction so Neo4j reads a Float),
/// lists and string-keyed maps of these.</remarks>
internal static class ParameterWriter
{
    private static readonly JsonWriterOptions Options = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    /// <summary>The request body; throws <see cref="InvalidOperationException"/> when the parameters are not exactly the statement's.</summary>
    public static byte[] Body(CypherStatement statement, IReadOnlyDictionary<string, object?> parameters)
    {
        var missing = statement.Parameters.Where(name => !parameters.ContainsKey(name)).ToArray();
        var extra = parameters.Keys.Where(name => !statement.Parameters.Contains(name)).ToArray();
        if (missing.Length > 0 || extra.Length > 0)
        {
            throw new InvalidOperationException(
                $"statement {statement.Name}: parameters missing [{string.Join(", ", missing)}], unexpected [{string.Join(", ", extra)}]");
        }

        using var buffer = new MemoryStream();
        using (var writer = new Utf8JsonWriter(buffer, Options))
        {
            writer.WriteStartObject();
            writer.WriteString("statement", statement.Text);
            writer.WritePropertyName("parameters");
            writer.WriteStartObject();
            foreach (var (name, value) in parameters)
            {
                writer.WritePropertyName(name);
                WriteValue(writer, value);
            }

            writer.WriteEndObject();
            writer.WriteEndObject();
        }

        return buffer.ToArray();
    }

    private static void WriteValue(Utf8JsonWriter writer, object? value)
    {
        switch (value)
        {
            case null:
                writer.WriteNullValue();
                break;
            case string text:
                writer.WriteStringValue(text);
                break;
            case bool flag:
                writer.WriteBooleanValue(flag);
                break;
            case int or long or short or byte:
                writer.WriteNumberValue(Convert.ToInt64(value, System.Globalization.CultureInfo.InvariantCulture));
                break;
            case double number when double.IsFinite(number):
                writer.WriteRawValue(PropertyValues.FormatDouble(number));
                break;
            case IReadOnlyDictionary<string, object?> map:
                writer.WriteStartObject();
                foreach (var (key, item) in map)
                {
                    writer.WritePropertyName(key);
                    WriteValue(writer, item);
                }

                writer.WriteEndObject();
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
                throw new InvalidOperationException($"a parameter value of type {value.GetType().Name} cannot be sent to Neo4j");
        }
    }
}
