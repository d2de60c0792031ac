using System.Text.Json;

namespace Gaoqing.Graph.Neo4j.Tests.Fakes;

/// <summary>One request the fake Query API received.</summary>
internal sealed record RecordedRequest(HttpMethod Method, string Path, string Body, string? Authorization, string? Affinity)
{
    /// <summary>The Cypher text sent, or null for a request without a statement (begin, commit, rollback).</summary>
    public string? Statement => Json() is { } root && root.TryGetProperty("statement", out var statement) ? statement.GetString() : null;

    /// <summary>The parameters sent, as JSON.</summary>
    public JsonElement Parameters => Json()?.GetProperty("parameters") ?? default;

    /// <summary>What the request does: begin, commit, rollback, or the statement's name in CypherStatements.</summary>
    public string Kind => Method == HttpMethod.Delete ? "rollback"
        : Path.EndsWith("/commit", StringComparison.Ordinal) ? "commit"
        : Path.EndsWith("/tx", StringComparison.Ordinal) && Statement is null ? "begin"
        : CypherStatements.All.FirstOrDefault(statement => statement.Text == Statement)?.Name ?? "unknown statement";

    private JsonElement? Json() => string.IsNullOrEmpty(Body) ? null : JsonDocument.Parse(Body).RootElement.Clone();
}
