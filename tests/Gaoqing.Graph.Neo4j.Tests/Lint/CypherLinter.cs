using System.Text.Json;

namespace Gaoqing.Graph.Neo4j.Tests.Lint;

/// <summary>Runs tools/lint-cypher.mjs (Neo4j's lintCypherQuery) once over the store's statements and graph-seed/seed.cypher.</summary>
internal static class CypherLinter
{
    /// <summary>The npm package of the checker.</summary>
    public const string Package = "@neo4j-cypher/language-support";

    private static readonly Lazy<Task<JsonElement>> Report = new(RunAsync);

    /// <summary>The linter's JSON report.</summary>
    public static Task<JsonElement> ReportAsync() => Report.Value;

    private static async Task<JsonElement> RunAsync()
    {
        var statements = Path.Combine(Path.GetTempPath(), $"gaoqing-cypher-statements-{Environment.ProcessId}.json");
        await File.WriteAllTextAsync(
            statements,
            JsonSerializer.Serialize(CypherStatements.All.Select(statement => new { name = statement.Name, text = statement.Text, parameters = statement.Parameters })));
        try
        {
            var (exitCode, output, errors) = await NodeTool.RunAsync(
                "lint-cypher.mjs", Package, "--statements", statements, "--script", Path.Combine(RepositoryPaths.Root, "graph-seed", "seed.cypher"));
            if (exitCode != 0)
            {
                throw new InvalidOperationException($"lint-cypher.mjs exited with {exitCode}: {errors}");
            }

            return JsonDocument.Parse(output).RootElement.Clone();
        }
        finally
        {
            File.Delete(statements);
        }
    }
}
