using System.Text;
using System.Text.Json;
using Gaoqing.Graph.Model.Export;

namespace Gaoqing.Graph.Cli.Tests.Commands;

/// <summary><c>export --format csv [--department NAME]</c> on the seeded store: the key-task table to a file or stdout, one unit's tasks, and refusals.</summary>
public sealed class ExportCsvCommandTests : IDisposable
{
    private const string Department = "县发展改革局";

    private readonly CliWorkspace workspace = new();

    public void Dispose() => workspace.Dispose();

    [Fact]
    public void ExportCsv_ToAFile_IsTheResponsibilityTableOfTheKeyTasksWithBomAndCrLf()
    {
        var output = Path.Combine(workspace.Root, "responsibilities.csv");

        var (exitCode, stdout, stderr) = workspace.Export(RepositoryPaths.SeedDocuments, "--format", "csv", "--out", output);

        Assert.True(exitCode == 0, stderr);
        Assert.Empty(stdout);
        Assert.Contains("written to " + output, stderr);
        var bytes = File.ReadAllBytes(output);
        Assert.Equal([0xEF, 0xBB, 0xBF], bytes[..3]);
        var records = CsvRecords.Read(bytes);
        Assert.Equal(ResponsibilityCsvWriter.Columns, records[0]);
        var rows = records.Skip(1).ToList();
        Assert.Equal(70, rows.Count);
        var gold = GoldTasks();
        Assert.All(rows, row => Assert.Equal(gold[int.Parse(row[2], System.Globalization.CultureInfo.InvariantCulture)], (Units(row[4]), Units(row[5]))));
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void ExportCsv_WithoutAFileOrWithDash_WritesTheSameTableToStdout(bool dash)
    {
        var output = Path.Combine(workspace.Root, "file.csv");
        Assert.Equal(0, workspace.Export(RepositoryPaths.SeedDocuments, "--format", "csv", "--out", output).ExitCode);

        var (exitCode, stdout, stderr) = workspace.Export(null, dash ? ["--format", "csv", "--out", "-"] : ["--format", "csv"]);

        Assert.True(exitCode == 0, stderr);
        Assert.Equal(File.ReadAllBytes(output), new UTF8Encoding(false).GetBytes(stdout));
    }

    [Fact]
    public void ExportCsv_OfTheDevelopmentReformBureauByItsAlias_HasTheGoldTasksItLeadsAndSupports()
    {
        var output = Path.Combine(workspace.Root, "fagai.csv");

        var (exitCode, _, stderr) = workspace.Export(RepositoryPaths.SeedDocuments, "--format", "csv", "--department", "发改局", "--out", output);

        Assert.True(exitCode == 0, stderr);
        var rows = CsvRecords.Read(File.ReadAllBytes(output)).Skip(1).ToList();
        var gold = GoldTasks();
        var led = gold.Where(t => t.Value.Lead.Contains(Department)).Select(t => t.Key).ToList();
        var supported = gold.Where(t => t.Value.Support.Contains(Department)).Select(t => t.Key);
        Assert.Equal(23, led.Count);
        Assert.Equal(led.Union(supported).Order(), rows.Select(r => int.Parse(r[2], System.Globalization.CultureInfo.InvariantCulture)));
        Assert.All(rows, row => Assert.Contains(Department, row[4].Split(ResponsibilityCsvWriter.UnitSeparator).Concat(row[5].Split(ResponsibilityCsvWriter.UnitSeparator))));
    }

    [Fact]
    public void ExportCsv_OfAnUnknownDepartment_IsBadInputNamingItAndWritesNothing()
    {
        var output = Path.Combine(workspace.Root, "nobody.csv");

        var (exitCode, stdout, stderr) = workspace.Export(RepositoryPaths.SeedDocuments, "--format", "csv", "--department", "不存在的局", "--out", output);

        Assert.Equal(1, exitCode);
        Assert.Empty(stdout);
        Assert.Contains("no department is called '不存在的局'", stderr);
        Assert.False(File.Exists(output));
    }

    [Theory]
    [InlineData("json")]
    [InlineData("cypher")]
    public void Department_WithAnotherFormat_IsAUsageError(string format)
    {
        var (exitCode, stdout, stderr) = workspace.Export(null, "--format", format, "--department", "发改局");

        Assert.Equal(2, exitCode);
        Assert.Empty(stdout);
        Assert.Contains("--department goes with --format csv only", stderr);
    }

    private static string Units(string cell) =>
        string.Join("、", (cell.Length == 0 ? [] : cell.Split(ResponsibilityCsvWriter.UnitSeparator)).Order(StringComparer.Ordinal));

    private static Dictionary<int, (string Lead, string Support)> GoldTasks()
    {
        using var gold = JsonDocument.Parse(File.ReadAllText(RepositoryPaths.Gold("gaoqing-2023-key-tasks.gold.json")));
        static string Names(JsonElement list) => string.Join("、", list.EnumerateArray().Select(e => e.GetString()!).Order(StringComparer.Ordinal));
        return gold.RootElement.GetProperty("tasks").EnumerateArray()
            .ToDictionary(t => t.GetProperty("number").GetInt32(), t => (Names(t.GetProperty("lead")), Names(t.GetProperty("support"))));
    }
}
