using System.Diagnostics;
using Gaoqing.Graph.Model;

namespace Gaoqing.Graph.Cli.Tests.Commands;

public sealed class IngestKilledProcessTests : IDisposable
{
    private const int DocumentCount = 60;
    private readonly CliWorkspace workspace = new();

    public void Dispose() => workspace.Dispose();

    [Fact]
    public async Task IngestProcess_KilledWhileStoring_LeavesEachDocumentWhollyStoredOrAbsent()
    {
        var seed = await File.ReadAllTextAsync(RepositoryPaths.KeyTasksSeed);
        var files = Enumerable.Range(1, DocumentCount)
            .Select(index => workspace.WriteFile($"copy-{index:D3}.txt", seed.Replace("〔2023〕20号", $"〔2023〕{100 + index}号", StringComparison.Ordinal)))
            .ToArray();

        await RunAndKillAfterThirdDocument(files);

        var expected = files.Select(DocumentPipeline.RunFile).ToDictionary(graph => graph.Document.Id);
        await using var store = await workspace.OpenStore();
        var stored = (await store.GetDocumentsAsync()).Select(document => document.Id).ToArray();
        Assert.InRange(stored.Length, 3, DocumentCount - 1);
        Assert.All(stored, id => Assert.Contains(id, expected.Keys));
        var graph = await store.GetGraphAsync();
        Assert.Equal(
            stored.SelectMany(id => expected[id].Nodes.Select(node => node.Id)).Distinct().Order(StringComparer.Ordinal),
            graph.Nodes.Select(node => node.Id));
        Assert.Equal(
            stored.SelectMany(id => expected[id].Relationships.Select(relationship => relationship.Id)).Distinct().Order(StringComparer.Ordinal),
            graph.Relationships.Select(relationship => relationship.Id));
        foreach (var id in stored)
        {
            Assert.Equal(expected[id].NormalizedText, (await store.GetDocumentTextAsync(id))!.NormalizedText);
        }
    }

    private async Task RunAndKillAfterThirdDocument(string[] files)
    {
        var start = new ProcessStartInfo("dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.ArgumentList.Add("exec");
        start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "gaoqing-graph.dll"));
        start.ArgumentList.Add("ingest");
        foreach (var file in files)
        {
            start.ArgumentList.Add(file);
        }

        start.Environment["Graph__DataDir"] = workspace.DataDir;
        start.Environment["Graph__SeedDir"] = Path.Combine(workspace.Root, "no-seeds");
        using var process = Process.Start(start)!;
        var errors = process.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(2));
        while (await process.StandardOutput.ReadLineAsync(timeout.Token) is { } line)
        {
            if (line.StartsWith($"[3/{DocumentCount}]", StringComparison.Ordinal))
            {
                process.Kill(entireProcessTree: true);
                break;
            }
        }

        await process.WaitForExitAsync(timeout.Token);
        Assert.True(process.ExitCode != 0, "the ingest finished before it was killed: " + await errors);
    }
}
