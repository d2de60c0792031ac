using System.Text;
using System.Text.Json;
using Gaoqing.Graph.GraphQL.Language;

namespace Gaoqing.Graph.GraphQL;

/// <summary>An error raised while parsing, validating or executing a GraphQL request, shaped like graphql-js's <c>GraphQLError</c>.</summary>
public sealed class GraphQLError : Exception
{
    /// <summary>Creates an error with optional locations, response path and extensions.</summary>
    public GraphQLError(
        string message,
        IReadOnlyList<SourceLocation>? locations = null,
        IReadOnlyList<object>? path = null,
        IReadOnlyDictionary<string, object?>? extensions = null,
        Exception? innerException = null)
        : base(message, innerException)
    {
        Locations = locations;
        Path = path;
        Extensions = extensions;
    }

    /// <summary>Where in the request document the error applies (line and column, 1-based).</summary>
    public IReadOnlyList<SourceLocation>? Locations { get; }

    /// <summary>The response path (field names and list indexes) of the field that failed.</summary>
    public IReadOnlyList<object>? Path { get; }

    /// <summary>Extra data reserved for implementors, written under <c>extensions</c>.</summary>
    public IReadOnlyDictionary<string, object?>? Extensions { get; }

    /// <summary>Creates a syntax error at an offset of a source, with graphql-js's "Syntax Error: " prefix.</summary>
    public static GraphQLError Syntax(Source source, int offset, string description) =>
        new("Syntax Error: " + description, [source.GetLocation(offset)]);

    /// <summary>Creates an error located at the given AST nodes (those that carry a location).</summary>
    public static GraphQLError At(string message, IEnumerable<Language.Ast.Node?> nodes, IReadOnlyList<object>? path = null, Exception? inner = null)
    {
        List<SourceLocation>? locations = null;
        foreach (var node in nodes)
        {
            if (node?.Location is { } location)
            {
                (locations ??= []).Add(location.StartLocation);
            }
        }
        return new GraphQLError(message, locations, path, null, inner);
    }

    /// <summary>Writes the error the way graphql-js's <c>toJSON</c> does: message, then locations, path and extensions when present.</summary>
    public void WriteTo(Utf8JsonWriter writer)
    {
        writer.WriteStartObject();
        writer.WriteString("message", Message);
        if (Locations is not null)
        {
            writer.WriteStartArray("locations");
            foreach (var location in Locations)
            {
                writer.WriteStartObject();
                writer.WriteNumber("line", location.Line);
                writer.WriteNumber("column", location.Column);
                writer.WriteEndObject();
            }
            writer.WriteEndArray();
        }
        if (Path is not null)
        {
            writer.WriteStartArray("path");
            foreach (var segment in Path)
            {
                if (segment is int index)
                {
                    writer.WriteNumberValue(index);
                }
                else
                {
                    writer.WriteStringValue(segment.ToString());
                }
            }
            writer.WriteEndArray();
        }
        if (Extensions is { Count: > 0 })
        {
            writer.WritePropertyName("extensions");
            JsonSerializer.Serialize(writer, Extensions, Types.JsonText.Options);
        }
        writer.WriteEndObject();
    }

    /// <summary>The error as compact JSON text.</summary>
    public string ToJson()
    {
        using var stream = new MemoryStream();
        using (var writer = new Utf8JsonWriter(stream, Types.JsonText.WriterOptions))
        {
            WriteTo(writer);
        }
        return Encoding.UTF8.GetString(stream.ToArray());
    }
}
