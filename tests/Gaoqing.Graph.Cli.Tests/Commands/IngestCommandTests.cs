using System.Text;

namespace Gaoqing.Graph.Cli.Tests.Commands;

public sealed class IngestCommandTests : IDisposable
{
    private readonly CliWorkspace workspace = new();

    public void Dispose() => workspace.Dispose();

    [Fact]
    public async Task Ingest_BothSeeds_StoresThemAndEndsWithASummaryTable()
    {
        var (exitCode, stdout, stderr) = workspace.Ingest(RepositoryPaths.KeyTasksSeed, RepositoryPaths.PlanSeed);

        Assert.True(exitCode == 0, stderr);
        Assert.Contains("[1/2] ", stdout);
        Assert.Contains("[2/2] ", stdout);
        Assert.Contains("ingest summary", stdout);
        Assert.Contains("departments", stdout);
        var table = stdout.Split('\n').Single(line => line.StartsWith('│') && line.Contains("gaoqing-2023-green", StringComparison.Ordinal));
        Assert.Contains(" added ", table);
        Assert.Contains(" 70 ", table);
        await using var store = await workspace.OpenStore();
        Assert.Equal(2, (await store.GetStatisticsAsync()).Documents);
    }

    [Fact]
    public void Ingest_SameFilesAgain_ReportsThemUnchangedAndChangesNothing()
    {
        workspace.Ingest(RepositoryPaths.KeyTasksSeed);
        var before = workspace.StoreJson();

        var (exitCode, stdout, _) = workspace.Ingest(RepositoryPaths.KeyTasksSeed);

        Assert.Equal(0, exitCode);
        Assert.Contains(": unchanged ", stdout);
        Assert.Equal(before, workspace.StoreJson());
    }

    [Fact]
    public async Task Ingest_SameDocNumberWithDifferentText_ReplacesWithAWarning()
    {
        workspace.Ingest(RepositoryPaths.KeyTasksSeed);
        var revised = File.ReadAllText(RepositoryPaths.KeyTasksSeed).Replace("1.", "1．", StringComparison.Ordinal) + "\n附：修订说明。\n";
        var path = workspace.WriteFile("revised.txt", revised);

        var (exitCode, stdout, stderr) = workspace.Ingest(path);

        Assert.Equal(0, exitCode);
        Assert.Contains(": replaced ", stdout);
        Assert.Contains("warning: " + path, stderr);
        Assert.Contains("高政办字〔2023〕20号", stderr);
        Assert.Contains("different text", stderr);
        await using var store = await workspace.OpenStore();
        var text = await store.GetDocumentTextAsync("document:高政办字〔2023〕20号");
        Assert.Contains("修订说明", text!.OriginalText);
    }

    public static TheoryData<string, string> BadInputs => new()
    {
        { "empty", "empty" },
        { "binary", "binary file" },
        { "gbk", "not valid UTF-8" },
        { "huge", "bytes, more than" },
        { "no-tasks", "no tasks" },
    };

    [Theory]
    [MemberData(nameof(BadInputs))]
    public void Ingest_BadInput_NamesTheFileExitsOneAndStoresNothing(string kind, string problem)
    {
        workspace.Ingest(RepositoryPaths.PlanSeed);
        var before = workspace.StoreJson();
        var bad = MakeBadFile(kind);

        var (exitCode, stdout, stderr) = workspace.Ingest(RepositoryPaths.KeyTasksSeed, bad);

        Assert.Equal(1, exitCode);
        Assert.Contains(bad, stderr);
        Assert.Contains(problem, stderr);
        Assert.Contains("nothing was stored", stderr);
        Assert.Empty(stdout);
        Assert.Equal(before, workspace.StoreJson());
    }

    [Fact]
    public void Ingest_MissingFile_IsBadInput()
    {
        var missing = Path.Combine(workspace.Root, "missing.txt");

        var (exitCode, _, stderr) = workspace.Ingest(missing);

        Assert.Equal(1, exitCode);
        Assert.Contains(missing + ": no such file", stderr);
    }

    [Theory]
    [InlineData(new[] { "--store", "mysql", "x.txt" }, "unknown store 'mysql'")]
    [InlineData(new[] { "--fast", "x.txt" }, "unknown option '--fast'")]
    [InlineData(new string[0], "no FILE given")]
    public void Ingest_WrongCommandLine_IsAUsageError(string[] args, string problem)
    {
        var (exitCode, _, stderr) = workspace.Ingest(args);

        Assert.Equal(2, exitCode);
        Assert.Contains(problem, stderr);
        Assert.Contains("usage: gaoqing-graph ingest", stderr);
        Assert.False(Directory.Exists(workspace.DataDir));
    }

    [Fact]
    public void Ingest_IntoNeo4jWithoutItsUrl_NamesTheMissingSetting()
    {
        var file = workspace.WriteFile("x.txt", "1.建设数字乡村试点。（牵头单位：县农业农村局）");

        var (exitCode, _, stderr) = workspace.Ingest("--store", "neo4j", file);

        Assert.Equal(1, exitCode);
        Assert.Contains("Neo4j__Url is not set", stderr);
    }

    [Fact]
    public void Dispatcher_RoutesIngestAndExport()
    {
        var stderr = new StringWriter();

        var exitCode = CommandLine.Dispatch(["ingest", "--store", "mysql", "x.txt"], TextReader.Null, TextWriter.Null, stderr);

        Assert.Equal(2, exitCode);
        Assert.Contains("unknown store 'mysql'", stderr.ToString());
        var usage = new StringWriter();
        CommandLine.Dispatch(["help"], TextReader.Null, TextWriter.Null, usage);
        Assert.Contains("export --format json|cypher", usage.ToString());
    }

    private string MakeBadFile(string kind)
    {
        switch (kind)
        {
            case "empty":
                return workspace.WriteFile("empty.txt", []);
            case "binary":
                return workspace.WriteFile("binary.txt", [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0x00, 0x00, 0x00, 0x0D]);
            case "gbk":
                Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
                return workspace.WriteFile("gbk.txt", Encoding.GetEncoding("GBK").GetBytes(File.ReadAllText(RepositoryPaths.KeyTasksSeed)));
            case "huge":
                var path = Path.Combine(workspace.Root, "huge.txt");
                using (var file = File.Create(path))
                {
                    file.SetLength(50L * 1024 * 1024);
                }

                return path;
            default:
                return workspace.WriteFile("no-tasks.txt", "高青县人民政府办公室\n关于做好冬季供暖工作的通知\n各镇人民政府，县政府各部门：\n请认真做好今年冬季供暖保障，确保群众温暖过冬。\n");
        }
    }
}
