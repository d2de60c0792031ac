using System.Diagnostics;
using System.Text.Json.Nodes;

namespace Gaoqing.Graph.Api.Tests.Support;

/// <summary>Runs a node script of tools/ (needs `cd tools && npm ci`) and reads the JSON object it prints.</summary>
internal static class NodeScript
{
    public static async Task<(int ExitCode, JsonObject Report, string Errors)> RunAsync(string script, params string[] arguments)
    {
        Assert.True(Directory.Exists(Path.Combine(RepositoryPaths.Tools, "node_modules", "graphql")), "run `cd tools && npm ci --ignore-scripts` first");
        var start = new ProcessStartInfo("node", [Path.Combine(RepositoryPaths.Tools, script), .. arguments])
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        using var node = Process.Start(start)!;
        var stdout = node.StandardOutput.ReadToEndAsync();
        var stderr = node.StandardError.ReadToEndAsync();
        await node.WaitForExitAsync().WaitAsync(TimeSpan.FromMinutes(2));
        var output = await stdout;
        var errors = await stderr;
        Assert.False(string.IsNullOrWhiteSpace(output), $"{script} printed nothing: {errors}");
        return (node.ExitCode, JsonNode.Parse(output)!.AsObject(), errors);
    }
}
