using Gaoqing.Graph.Cli.Commands;
using Gaoqing.Graph.Model.Store;

namespace Gaoqing.Graph.Cli.Tests.Commands;

/// <summary>A temporary data folder for the store and input files, and helpers that run commands in process against it.</summary>
internal sealed class CliWorkspace : IDisposable
{
    public CliWorkspace() => Directory.CreateDirectory(Root);

    public string Root { get; } = Path.Combine(Path.GetTempPath(), "gaoqing-graph-cli-tests", Guid.NewGuid().ToString("N"));

    public string DataDir => Path.Combine(Root, "data");

    /// <summary>The environment the commands see: this workspace's data folder and no seed folder, unless one is given.</summary>
    public Func<string, string?> Environment(string? seedDir = null) => name => name switch
    {
        "Graph__DataDir" => DataDir,
        "Graph__SeedDir" => seedDir ?? Path.Combine(Root, "no-seeds"),
        _ => null,
    };

    public (int ExitCode, string Stdout, string Stderr) Ingest(params string[] args)
    {
        var stdout = new StringWriter();
        var stderr = new StringWriter();
        var exitCode = IngestCommand.Run(args, stdout, stderr, Environment(), terminal: false);
        return (exitCode, stdout.ToString(), stderr.ToString());
    }

    public (int ExitCode, string Stdout, string Stderr) Export(string? seedDir, params string[] args)
    {
        var stdout = new StringWriter();
        var stderr = new StringWriter();
        var exitCode = ExportCommand.Run(args, stdout, stderr, Environment(seedDir));
        return (exitCode, stdout.ToString(), stderr.ToString());
    }

    public string WriteFile(string name, string text)
    {
        var path = Path.Combine(Root, name);
        File.WriteAllText(path, text);
        return path;
    }

    public string WriteFile(string name, byte[] bytes)
    {
        var path = Path.Combine(Root, name);
        File.WriteAllBytes(path, bytes);
        return path;
    }

    /// <summary>The store's whole graph as export JSON, read the way a user would.</summary>
    public string StoreJson() => Export(null, "--format", "json").Stdout;

    public async Task<EmbeddedGraphStore> OpenStore() => await EmbeddedGraphStore.OpenAsync(DataDir);

    public void Dispose()
    {
        if (Directory.Exists(Root))
        {
            Directory.Delete(Root, recursive: true);
        }
    }
}
