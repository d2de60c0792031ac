using System.Text.Json;
using Gaoqing.Graph.Cli.Commands;

namespace Gaoqing.Graph.Cli.Tests;

/// <summary><c>gaoqing-graph ask</c> on an embedded store in a temporary folder, seeded from graph-seed/documents.</summary>
public sealed class AskCommandTests : IDisposable
{
    private readonly string _dataDir = Directory.CreateTempSubdirectory("ask-tests-").FullName;

    public void Dispose() => Directory.Delete(_dataDir, recursive: true);

    [Fact]
    public void A_question_is_answered_in_chinese_with_its_evidence()
    {
        var (code, output, _) = Run(["县发展改革局牵头哪些任务"]);

        Assert.Equal(0, code);
        Assert.Contains("县发展改革局牵头 23 项任务", output, StringComparison.Ordinal);
        Assert.Contains("（牵头单位：县发展改革局", output, StringComparison.Ordinal);
    }

    [Fact]
    public void Json_output_has_the_fields_of_the_contract_answer()
    {
        var (code, output, _) = Run(["2023年地区生产总值是多少", "--json"]);

        Assert.Equal(0, code);
        using var answer = JsonDocument.Parse(output);
        var root = answer.RootElement;
        Assert.Equal("MEASUREMENT", root.GetProperty("intent").GetString());
        Assert.Contains(root.GetProperty("measurements").EnumerateArray(), m => m.GetProperty("value").GetDouble() == 225.5 && m.GetProperty("unit").GetString() == "亿元");
        foreach (var name in new[] { "question", "confidence", "text", "tasks", "departments", "count", "evidence", "suggestions" })
        {
            Assert.True(root.TryGetProperty(name, out _), name);
        }

        Assert.Contains("地区生产总值", output, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(2)]
    public void A_missing_or_unquoted_question_is_a_usage_error(int words)
    {
        var (code, _, error) = Run(new[] { "发改局", "牵头" }[..words]);

        Assert.Equal(2, code);
        Assert.Contains("usage: gaoqing-graph ask", error, StringComparison.Ordinal);
    }

    [Fact]
    public void An_empty_store_without_a_seed_folder_is_named_on_stderr_and_the_question_still_answered()
    {
        var missingSeeds = Path.Combine(_dataDir, "no-such-seed-folder");

        var (code, output, error) = Run(["县发展改革局牵头哪些任务"], missingSeeds);

        Assert.Equal(0, code);
        Assert.Contains("holds no documents", error, StringComparison.Ordinal);
        Assert.Contains(missingSeeds, error, StringComparison.Ordinal);
        Assert.Contains("Graph__SeedDir", error, StringComparison.Ordinal);
        Assert.DoesNotContain("县发展改革局牵头 23 项任务", output, StringComparison.Ordinal);
    }

    [Fact]
    public void A_seeded_store_says_nothing_on_stderr()
    {
        var (_, _, error) = Run(["县发展改革局牵头哪些任务"]);

        Assert.Equal(string.Empty, error);
    }

    private (int Code, string Output, string Error) Run(string[] args, string? seedFolder = null)
    {
        var seedDir = seedFolder ?? RepositoryPaths.SeedDocuments;
        using var stdout = new StringWriter();
        using var stderr = new StringWriter();
        var code = AskCommand.Run(args, stdout, stderr, name => name switch
        {
            "Graph__DataDir" => _dataDir,
            "Graph__SeedDir" => seedDir,
            _ => null,
        });
        return (code, stdout.ToString(), stderr.ToString());
    }
}
