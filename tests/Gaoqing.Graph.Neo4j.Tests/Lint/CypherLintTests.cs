using System.Text.Json;
using Xunit.Abstractions;

namespace Gaoqing.Graph.Neo4j.Tests.Lint;

/// <summary>Neo4j's own Cypher checker finds no error in any statement the store can send, nor in graph-seed/seed.cypher.</summary>
public sealed class CypherLintTests(ITestOutputHelper output)
{
    [Fact]
    public async Task Every_statement_the_store_can_send_passes_neo4js_checker_with_its_parameters_declared()
    {
        var report = await CypherLinter.ReportAsync();

        var linted = report.GetProperty("statements").EnumerateArray().ToArray();
        Assert.Equal(CypherStatements.All.Select(statement => statement.Name), linted.Select(statement => statement.GetProperty("name").GetString()));
        foreach (var statement in linted)
        {
            foreach (var warning in statement.GetProperty("diagnostics").EnumerateArray().Where(diagnostic => diagnostic.GetProperty("severity").GetString() != "error"))
            {
                output.WriteLine($"{statement.GetProperty("name").GetString()}: {warning.GetProperty("severity").GetString()}: {warning.GetProperty("message").GetString()}");
            }
        }

        Assert.All(linted, statement => Assert.Empty(Errors(statement.GetProperty("diagnostics"), statement.GetProperty("name").GetString()!)));
    }

    [Fact]
    public async Task The_seed_script_passes_neo4js_checker_statement_by_statement()
    {
        var report = await CypherLinter.ReportAsync();

        var script = report.GetProperty("script");
        var header = File.ReadLines(Path.Combine(RepositoryPaths.Root, "graph-seed", "seed.cypher")).First();
        Assert.StartsWith("// Gaoqing Graph:", header, StringComparison.Ordinal);
        Assert.Equal(File.ReadLines(Path.Combine(RepositoryPaths.Root, "graph-seed", "seed.cypher")).Count(line => line.TrimEnd().EndsWith(';')), script.GetProperty("statements").GetInt32());
        Assert.Empty(Errors(script.GetProperty("diagnostics"), "graph-seed/seed.cypher"));
    }

    [Fact]
    public async Task The_checker_does_report_an_undeclared_parameter_so_a_clean_report_means_something()
    {
        var file = Path.Combine(Path.GetTempPath(), $"gaoqing-lint-probe-{Environment.ProcessId}.cypher");
        await File.WriteAllTextAsync(file, "MATCH (n:GraphNode {id: $id}) RETURN n;\nMATCH (n)\nRETRN n;\n");
        try
        {
            var report = await LintScriptAsync(file);

            var errors = report.GetProperty("diagnostics").EnumerateArray().Where(diagnostic => diagnostic.GetProperty("severity").GetString() == "error").ToArray();
            Assert.Contains(errors, error => error.GetProperty("message").GetString()!.Contains("Parameter $id is not defined", StringComparison.Ordinal));
            Assert.Contains(errors, error => error.GetProperty("line").GetInt32() == 3 && error.GetProperty("message").GetString()!.Contains("RETRN", StringComparison.Ordinal));
        }
        finally
        {
            File.Delete(file);
        }
    }

    private static string[] Errors(JsonElement diagnostics, string what) =>
    [
        .. diagnostics.EnumerateArray()
            .Where(diagnostic => diagnostic.GetProperty("severity").GetString() == "error")
            .Select(diagnostic => $"{what}:{diagnostic.GetProperty("line").GetInt32()}:{diagnostic.GetProperty("character").GetInt32()}: {diagnostic.GetProperty("message").GetString()}"),
    ];

    private static async Task<JsonElement> LintScriptAsync(string file)
    {
        var (_, output, _) = await NodeTool.RunAsync("lint-cypher.mjs", CypherLinter.Package, "--script", file);
        return JsonDocument.Parse(output).RootElement.GetProperty("script").Clone();
    }
}
