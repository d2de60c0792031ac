using System.Collections.Immutable;
using System.Text.Json;
using Gaoqing.Graph.Model;

namespace Gaoqing.Graph.Neo4j;

/// <summary>Converts between the graph's records and what Neo4j stores: reserved bookkeeping properties, no nulls.</summary>
internal static class Neo4jValues
{
    /// <summary>The property holding a node's labels in order.</summary>
    public const string LabelsKey = "_labels";

    /// <summary>The property holding the ids of the documents that state an element, in ingest order.</summary>
    public const string StatedByKey = "_statedBy";

    /// <summary>The property holding an element's id.</summary>
    public const string IdKey = "id";

    /// <summary>Property names the store uses itself; a graph may not use them.</summary>
    public static IReadOnlySet<string> Reserved { get; } = new HashSet<string>(StringComparer.Ordinal) { IdKey, LabelsKey, StatedByKey };

    /// <summary>The label every graph node carries in Neo4j (and the other labels the store uses); a graph may not use them.</summary>
    public static IReadOnlySet<string> ReservedLabels { get; } = new HashSet<string>(StringComparer.Ordinal) { "GraphNode", "SourceDocument", "GraphStoreLock" };

    /// <summary>A node from a map {id, labels, properties}.</summary>
    public static GraphNode Node(JsonElement map) => Node(map.GetProperty("id"), map.GetProperty("labels"), map.GetProperty("properties"));

    /// <summary>A node from its id, ordered labels and Neo4j properties.</summary>
    public static GraphNode Node(JsonElement id, JsonElement labels, JsonElement properties) =>
        new(Text(id, "id"), [.. labels.EnumerateArray().Select(label => Text(label, "label"))], Properties(properties));

    /// <summary>A relationship from a map {id, type, start, end, properties}.</summary>
    public static GraphRelationship Relationship(JsonElement map) => new(
        Text(map.GetProperty("id"), "id"),
        Text(map.GetProperty("type"), "type"),
        Text(map.GetProperty("start"), "start"),
        Text(map.GetProperty("end"), "end"),
        Properties(map.GetProperty("properties")));

    /// <summary>The graph's properties of a Neo4j property map: bookkeeping keys left out, values in canonical form.</summary>
    public static ImmutableSortedDictionary<string, object?> Properties(JsonElement properties)
    {
        var builder = ImmutableSortedDictionary.CreateBuilder<string, object?>(StringComparer.Ordinal);
        foreach (var property in properties.EnumerateObject())
        {
            if (!Reserved.Contains(property.Name) && property.Value.ValueKind != JsonValueKind.Null)
            {
                builder[property.Name] = Value(property.Value);
            }
        }

        return builder.ToImmutable();
    }

    /// <summary>The ids of the documents that state an element, from its Neo4j property map.</summary>
    public static ImmutableList<string> StatedBy(JsonElement properties) =>
        properties.TryGetProperty(StatedByKey, out var stated) && stated.ValueKind == JsonValueKind.Array
            ? [.. stated.EnumerateArray().Select(id => Text(id, StatedByKey))]
            : [];

    /// <summary>The Neo4j property map of a node: its properties without nulls, its id, ordered labels and the documents stating it.</summary>
    public static Dictionary<string, object?> Stored(GraphNode node, IReadOnlyList<string> statedBy)
    {
        var map = WithoutNulls(node.Properties);
        map[IdKey] = node.Id;
        map[LabelsKey] = node.Labels;
        map[StatedByKey] = statedBy;
        return map;
    }

    /// <summary>The Neo4j property map of a relationship: its properties without nulls, its id and the documents stating it.</summary>
    public static Dictionary<string, object?> Stored(GraphRelationship relationship, IReadOnlyList<string> statedBy)
    {
        var map = WithoutNulls(relationship.Properties);
        map[IdKey] = relationship.Id;
        map[StatedByKey] = statedBy;
        return map;
    }

    /// <summary>A string value; throws naming <paramref name="what"/> when Neo4j returned something else.</summary>
    public static string Text(JsonElement value, string what) =>
        value.ValueKind == JsonValueKind.String
            ? value.GetString()!
            : throw new InvalidDataException($"Neo4j returned {value.GetRawText()} where the {what} should be a string");

    private static Dictionary<string, object?> WithoutNulls(IReadOnlyDictionary<string, object?> properties) =>
        properties.Where(pair => pair.Value is not null).ToDictionary(pair => pair.Key, pair => pair.Value, StringComparer.Ordinal);

    private static object? Value(JsonElement value) => value.ValueKind switch
    {
        JsonValueKind.String => value.GetString(),
        JsonValueKind.True => true,
        JsonValueKind.False => false,
        JsonValueKind.Number => value.GetRawText().IndexOfAny(['.', 'e', 'E']) >= 0 ? value.GetDouble() : (object)value.GetInt64(),
        JsonValueKind.Array => value.EnumerateArray().Select(item => Text(item, "list item")).ToImmutableArray(),
        _ => throw new InvalidDataException($"Neo4j returned a property value the graph cannot hold: {value.GetRawText()}"),
    };
}
