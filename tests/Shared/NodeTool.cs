using System.Diagnostics;

namespace Gaoqing.Graph.Testing;

/// <summary>Runs a node script of tools/ (the oracles and checkers pinned in tools/package.json) and collects what it prints.</summary>
/// <remarks>Linked into the test projects that compare against node tools. The script runs from the repository root; a run
/// that outlives its time limit is killed with its children.</remarks>
internal static class NodeTool
{
    private static readonly TimeSpan DefaultTimeLimit = TimeSpan.FromMinutes(2);

    /// <summary>Runs tools/<paramref name="script"/> with <paramref name="arguments"/>; throws naming <paramref name="package"/> when
    /// tools/node_modules lacks it (`npm ci` not run).</summary>
    public static async Task<(int ExitCode, string Output, string Errors)> RunAsync(string script, string package, params string[] arguments)
    {
        if (!Directory.Exists(Path.Combine(RepositoryPaths.Tools, "node_modules", package)))
        {
            throw new InvalidOperationException($"{package} is not installed in tools/node_modules: run `cd tools && npm ci --ignore-scripts`");
        }

        var start = new ProcessStartInfo("node")
        {
            WorkingDirectory = RepositoryPaths.Root,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        start.ArgumentList.Add(Path.Combine(RepositoryPaths.Tools, script));
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        using var process = Process.Start(start) ?? throw new InvalidOperationException("node could not be started");
        var output = process.StandardOutput.ReadToEndAsync();
        var errors = process.StandardError.ReadToEndAsync();
        try
        {
            await process.WaitForExitAsync().WaitAsync(DefaultTimeLimit);
        }
        catch (TimeoutException)
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"{script} did not finish within {DefaultTimeLimit.TotalMinutes} minutes");
        }

        return (process.ExitCode, await output, await errors);
    }
}
