using System.Text.Json;

namespace Gaoqing.Graph.Neo4j.QueryApi;

/// <summary>The rows a statement returned, as the Query API's plain JSON gives them: field names and one array of values per row.</summary>
public sealed record QueryResult(IReadOnlyList<string> Fields, IReadOnlyList<JsonElement[]> Rows)
{
    /// <summary>A result with no rows.</summary>
    public static QueryResult Empty { get; } = new([], []);

    /// <summary>The value of <paramref name="field"/> in <paramref name="row"/>; throws naming the field if the statement did not return it.</summary>
    public JsonElement Value(JsonElement[] row, string field)
    {
        ArgumentNullException.ThrowIfNull(row);
        for (var index = 0; index < Fields.Count; index++)
        {
            if (Fields[index] == field)
            {
                return row[index];
            }
        }

        throw new Neo4jException($"Neo4j's answer has no field '{field}' (fields: {string.Join(", ", Fields)})", null, null, transient: false);
    }
}
