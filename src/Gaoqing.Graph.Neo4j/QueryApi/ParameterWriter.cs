using System.Text.Json;
using Gaoqing.Graph.Model.Store;

namespace Gaoqing.Graph.Neo4j.QueryApi;

/// <summary>Writes a statement and its parameters as a Query API request body: <c>{"statement": …, "parameters": {…}}</c>.</summary>
/// <remarks>Values are written by <see cref="PropertyJsonWriter.WriteParameters"/>: null, strings, booleans, integers, finite doubles
/// (always with a fraction so Neo4j reads a Float), lists and string-keyed maps of these.</remarks>
internal static class ParameterWriter
{
    /// <summary>The request body; throws <see cref="InvalidOperationException"/> when the parameters are not exactly the statement's,
    /// <see cref="ArgumentException"/> for a value with no JSON form.</summary>
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
        using (var writer = new Utf8JsonWriter(buffer, PropertyJsonWriter.Options))
        {
            writer.WriteStartObject();
            writer.WriteString("statement", statement.Text);
            writer.WritePropertyName("parameters");
            PropertyJsonWriter.WriteParameters(writer, parameters, $"statement {statement.Name}");
            writer.WriteEndObject();
        }

        return buffer.ToArray();
    }
}
