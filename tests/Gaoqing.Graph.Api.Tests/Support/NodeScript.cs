using System.Text.Json.Nodes;

namespace Gaoqing.Graph.Api.Tests.Support;

/// <summary>Runs a graphql-js script of tools/ (needs `cd tools && npm ci`) and reads the JSON object it prints.</summary>
internal static class NodeScript
{
    public static async Task<(int ExitCode, JsonObject Report, string Errors)> RunAsync(string script, params string[] arguments)
    {
        var (exitCode, output, errors) = await NodeTool.RunAsync(script, "graphql", arguments);
        Assert.False(string.IsNullOrWhiteSpace(output), $"{script} printed nothing: {errors}");
        return (exitCode, JsonNode.Parse(output)!.AsObject(), errors);
    }
}
