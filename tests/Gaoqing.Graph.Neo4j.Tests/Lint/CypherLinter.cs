using System.Diagnostics;
using System.Text.Json;

namespace Gaoqing.Graph.Neo4j.Tests.Lint;

/// <summary>Runs tools/lint-cypher.mjs (Neo4j's lintCypherQuery) once over the store's statements and graph-seed/seed.cypher.</summary>
internal static class CypherLinter
{
    private static readonly Lazy<Task<JsonElement>> Report = new(RunAsync);

    /// <summary>The linter's JSON report.</summary>
    public static Task<JsonElement> ReportAsync() => Report.Value;

    private static async Task<JsonElement> RunAsync()
    {
        var tools = RepositoryPaths.Tools;
        if (!Directory.Exists(Path.Combine(tools, "node_modules", "@neo4j-cypher", "language-support")))
        {
            throw new InvalidOperationException("@neo4j-cypher/language-support is not installed: run `cd tools && npm ci`");
        }

        var statements = Path.Combine(Path.GetTempPath(), $"gaoqing-cypher-statements-{Environment.ProcessId}.json");
        await File.WriteAllTextAsync(
            statements,
            JsonSerializer.Serialize(CypherStatements.All.Select(statement => new { name = statement.Name, text = statement.Text, parameters = statement.Parameters })));
        try
        {
            var start = new ProcessStartInfo("node")
            {
                WorkingDirectory = RepositoryPaths.Root,
                RedirectStandardOutput = true,
                RedirectStandardError = true,
            };
            foreach (var argument in new[] { Path.Combine(tools, "lint-cypher.mjs"), "--statements", statements, "--script", Path.Combine(RepositoryPaths.Root, "graph-seed", "seed.cypher") })
            {
                start.ArgumentList.Add(argument);
            }

            using var process = Process.Start(start)!;
            var output = process.StandardOutput.ReadToEndAsync();
            var error = process.StandardError.ReadToEndAsync();
            await process.WaitForExitAsync();
            if (process.ExitCode != 0)
            {
                throw new InvalidOperationException($"lint-cypher.mjs exited with {process.ExitCode}: {await error}");
            }

            return JsonDocument.Parse(await output).RootElement.Clone();
        }
        finally
        {
            File.Delete(statements);
        }
    }
}
