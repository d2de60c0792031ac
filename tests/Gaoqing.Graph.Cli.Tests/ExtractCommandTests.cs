using System.Text;
using System.Text.Json;

namespace Gaoqing.Graph.Cli.Tests;

public sealed class ExtractCommandTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("gaoqing-extract-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    private static (int Code, string Out, string Err) Run(params string[] args)
    {
        var stdout = new StringWriter();
        var stderr = new StringWriter();
        var code = CommandLine.Dispatch(["extract", .. args], TextReader.Null, stdout, stderr);
        return (code, stdout.ToString(), stderr.ToString());
    }

    private string Write(string name, byte[] bytes)
    {
        var path = Path.Combine(_folder, name);
        File.WriteAllBytes(path, bytes);
        return path;
    }

    [Fact]
    public void BothSeedsGiveOneGraphOnStdout()
    {
        var (code, output, error) = Run(RepositoryPaths.KeyTasksSeed, RepositoryPaths.PlanSeed, "--format", "json");
        Assert.Equal(0, code);
        Assert.Equal("", error);
        using var json = JsonDocument.Parse(output);
        var labels = json.RootElement.GetProperty("nodes").EnumerateArray().Select(n => n.GetProperty("labels")[0].GetString()).ToList();
        Assert.Equal(2, labels.Count(l => l == "Document"));
        Assert.Equal(70 + 34, labels.Count(l => l == "Task"));
    }

    [Fact]
    public void OutWritesTheSameJsonToAFile()
    {
        var seed = RepositoryPaths.KeyTasksSeed;
        var path = Path.Combine(_folder, "graph.json");
        Assert.Equal(0, Run(seed, "--out", path).Code);
        Assert.Equal(Run(seed).Out.TrimEnd(), File.ReadAllText(path, Encoding.UTF8));
    }

    [Fact]
    public void AnEmptyFileIsRefusedByName()
    {
        var path = Write("empty.txt", []);
        var (code, output, error) = Run(path);
        Assert.Equal(1, code);
        Assert.Equal("", output);
        Assert.Contains($"{path}: the file is empty", error);
    }

    [Fact]
    public void ABinaryFileIsRefusedWithTheOffsetOfItsFirstZeroByte()
    {
        var path = Write("image.png", [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0x00, 0x00]);
        var (code, _, error) = Run(path);
        Assert.Equal(1, code);
        Assert.Contains($"{path}: a binary file, not text (a zero byte at offset 8)", error);
    }

    [Fact]
    public void AGbkFileIsRefusedWithTheOffsetOfItsFirstInvalidByte()
    {
        byte[] gbk = [.. "1."u8, 0xBC, 0xD3, 0xBF, 0xEC, 0xCD, 0xC6, 0xBD, 0xF8];
        var path = Write("gbk.txt", gbk);
        var (code, _, error) = Run(path);
        Assert.Equal(1, code);
        Assert.Contains($"{path}: not valid UTF-8 (byte 0xBC at offset 2)", error);
        Assert.Contains("GBK", error);
    }

    [Fact]
    public void AFiftyMegabyteFileIsRefusedForItsSize()
    {
        var path = Path.Combine(_folder, "huge.txt");
        using (var stream = File.Create(path))
        {
            stream.SetLength(50L * 1024 * 1024);
        }

        var (code, _, error) = Run(path);
        Assert.Equal(1, code);
        Assert.Contains($"{path}: the file is 52,428,800 bytes", error);
    }

    [Fact]
    public void ADocumentWithoutTasksIsExtractedWithAWarning()
    {
        var path = Write("notice.txt", Encoding.UTF8.GetBytes("关于召开会议的通知\n请各单位准时参加。\n"));
        var (code, output, error) = Run(path);
        Assert.Equal(0, code);
        Assert.Contains("warning: notice: no tasks found", error);
        Assert.Contains(path, error);
        Assert.Contains("\"Document\"", output);
    }

    [Fact]
    public void AGoodFileBesideABadOneIsStillWrittenButTheExitCodeIsOne()
    {
        var bad = Write("empty.txt", []);
        var (code, output, error) = Run(bad, RepositoryPaths.KeyTasksSeed);
        Assert.Equal(1, code);
        Assert.Contains("empty.txt", error);
        Assert.Contains("高政办字〔2023〕20号", output);
    }

    [Theory]
    [InlineData]
    [InlineData("--format", "cypher", "a.txt")]
    [InlineData("a.txt", "--out")]
    [InlineData("--verbose", "a.txt")]
    public void AWrongCommandLineIsAUsageError(params string[] args)
    {
        var (code, _, error) = Run(args);
        Assert.Equal(2, code);
        Assert.Contains("usage: gaoqing-graph extract", error);
    }

    [Fact]
    public void AMissingFileIsNamed()
    {
        var path = Path.Combine(_folder, "absent.txt");
        var (code, _, error) = Run(path);
        Assert.Equal(1, code);
        Assert.Contains($"{path}: no such file", error);
    }

    [Fact]
    public void AFolderIsNamedAsNotAFile()
    {
        var (code, _, error) = Run(_folder);
        Assert.Equal(1, code);
        Assert.Contains($"{_folder}: a folder, not a file", error);
    }
}
