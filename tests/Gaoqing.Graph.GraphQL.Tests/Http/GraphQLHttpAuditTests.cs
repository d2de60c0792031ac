using System.Diagnostics;
using System.Text.Json.Nodes;
using Gaoqing.Graph.GraphQL.Tests.Differential;
using Xunit.Abstractions;

namespace Gaoqing.Graph.GraphQL.Tests.Http;

/// <summary>graphql-http 1.23.1's server audit suite (GraphQL over HTTP conformance) against our endpoint on Kestrel.</summary>
public sealed class GraphQLHttpAuditTests(ITestOutputHelper output)
{
    [Fact]
    public async Task Every_graphql_http_audit_passes()
    {
        await using var server = await TestServer.StartAsync(OracleSchema.Build());
        var script = Path.Combine(RepositoryPaths.Tools, "graphql-http-audit.mjs");
        Assert.True(Directory.Exists(Path.Combine(RepositoryPaths.Tools, "node_modules", "graphql-http")), "run `cd tools && npm ci --ignore-scripts` first");
        var start = new ProcessStartInfo("node", [script, server.Endpoint.ToString()])
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        using var node = Process.Start(start)!;
        var stdout = node.StandardOutput.ReadToEndAsync();
        var stderr = node.StandardError.ReadToEndAsync();
        await node.WaitForExitAsync().WaitAsync(TimeSpan.FromMinutes(2));
        var report = JsonNode.Parse(await stdout)!.AsObject();
        output.WriteLine($"graphql-http audits: {report["total"]} total, {report["ok"]} ok, {report["warn"]} warn, {report["error"]} error, {report["notice"]} notice");
        Assert.True(
            report["ok"]!.GetValue<int>() == report["total"]!.GetValue<int>(),
            "audits not passed:\n" + report["failures"]!.ToJsonString(new() { WriteIndented = true }) + await stderr);
        Assert.Equal(61, report["total"]!.GetValue<int>());
    }
}
