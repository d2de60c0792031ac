using System.Text.Json;

namespace Gaoqing.Graph.Cli.Tests.Commands;

public sealed class ExportCommandTests : IDisposable
{
    private readonly CliWorkspace workspace = new();

    public void Dispose() => workspace.Dispose();

    private static string SeedDir => RepositoryPaths.SeedDocuments;

    [Fact]
    public async Task ExportJson_OfASeededStore_HasEveryNodeAndRelationshipOfTheStore()
    {
        var (exitCode, stdout, stderr) = workspace.Export(SeedDir, "--format", "json");

        Assert.True(exitCode == 0, stderr);
        using var json = JsonDocument.Parse(stdout);
        var nodes = json.RootElement.GetProperty("nodes");
        var relationships = json.RootElement.GetProperty("relationships");
        await using var store = await workspace.OpenStore();
        var graph = await store.GetGraphAsync();
        Assert.Equal(graph.Nodes.Select(node => node.Id), nodes.EnumerateArray().Select(node => node.GetProperty("id").GetString()));
        Assert.Equal(graph.Relationships.Count, relationships.GetArrayLength());
        var task = nodes.EnumerateArray().Single(node => node.GetProperty("id").GetString() == "document:高政办字〔2023〕20号/task:26");
        Assert.Equal("Task", task.GetProperty("labels")[0].GetString());
        Assert.Equal(26, task.GetProperty("properties").GetProperty("number").GetInt32());
        Assert.Contains("\"县发展改革局\"", stdout);
    }

    [Fact]
    public void ExportCypher_ToAFile_OfAStoreSeededFromTheSeeds_IsTheCommittedSeedCypher()
    {
        var output = Path.Combine(workspace.Root, "seed.cypher");

        var (exitCode, stdout, stderr) = workspace.Export(SeedDir, "--format", "cypher", "--out", output);

        Assert.True(exitCode == 0, stderr);
        Assert.Empty(stdout);
        Assert.Contains("written to " + output, stderr);
        Assert.Equal(File.ReadAllBytes(Path.Combine(RepositoryPaths.Root, "graph-seed", "seed.cypher")), File.ReadAllBytes(output));
    }

    [Theory]
    [InlineData(new[] { "--format", "xml" }, "unknown format 'xml'")]
    [InlineData(new string[0], "--format is required")]
    [InlineData(new[] { "--format", "json", "extra" }, "unexpected argument 'extra'")]
    public void Export_WrongCommandLine_IsAUsageError(string[] args, string problem)
    {
        var (exitCode, _, stderr) = workspace.Export(null, args);

        Assert.Equal(2, exitCode);
        Assert.Contains(problem, stderr);
    }

    [Fact]
    public void Export_ToAFolderThatDoesNotExist_IsBadInputNamingTheFile()
    {
        var output = Path.Combine(workspace.Root, "no", "such", "folder", "graph.json");

        var (exitCode, _, stderr) = workspace.Export(null, "--format", "json", "--out", output);

        Assert.Equal(1, exitCode);
        Assert.Contains(output, stderr);
    }

    [Fact]
    public void Export_OfADataFolderHoldingAFileThatIsNotAStore_IsBadInputWithTheReason()
    {
        Directory.CreateDirectory(workspace.DataDir);
        File.WriteAllText(Path.Combine(workspace.DataDir, "graph.db"), "this is not a SQLite database, just text that happens to be here");

        var (exitCode, stdout, stderr) = workspace.Export(null, "--format", "json");

        Assert.Equal(1, exitCode);
        Assert.Empty(stdout);
        Assert.Contains("cannot open the store", stderr);
        Assert.Contains("not a database", stderr);
    }
}
