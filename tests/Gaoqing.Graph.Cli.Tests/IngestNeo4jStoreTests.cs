using Gaoqing.Graph.Cli.Commands;

namespace Gaoqing.Graph.Cli.Tests;

/// <summary><c>ingest --store neo4j</c>: reaches the Neo4j store and reports configuration and connection problems clearly.</summary>
public sealed class IngestNeo4jStoreTests
{
    [Fact]
    public void Without_a_neo4j_url_the_command_names_the_missing_setting_and_stores_nothing()
    {
        var (exitCode, error) = Run(new Dictionary<string, string>());

        Assert.Equal(1, exitCode);
        Assert.Contains("cannot open the store in Neo4j: Neo4j__Url is not set", error, StringComparison.Ordinal);
    }

    [Fact]
    public void An_unreachable_neo4j_is_reported_with_its_address()
    {
        var (exitCode, error) = Run(new Dictionary<string, string> { ["Neo4j__Url"] = "http://127.0.0.1:1", ["Neo4j__Password"] = "x" });

        Assert.Equal(1, exitCode);
        Assert.Contains("cannot reach Neo4j at http://127.0.0.1:1/", error, StringComparison.Ordinal);
    }

    [Fact]
    public void An_unknown_store_is_a_usage_error()
    {
        using var stdout = new StringWriter();
        using var stderr = new StringWriter();

        var exitCode = IngestCommand.Run([RepositoryPaths.KeyTasksSeed, "--store", "mongo"], stdout, stderr, _ => null, terminal: false);

        Assert.Equal(2, exitCode);
        Assert.Contains("unknown store 'mongo'", stderr.ToString(), StringComparison.Ordinal);
    }

    private static (int ExitCode, string Error) Run(Dictionary<string, string> variables)
    {
        using var stdout = new StringWriter();
        using var stderr = new StringWriter();
        var exitCode = IngestCommand.Run([RepositoryPaths.KeyTasksSeed, "--store", "neo4j"], stdout, stderr, variables.GetValueOrDefault, terminal: false);
        return (exitCode, stderr.ToString());
    }
}
