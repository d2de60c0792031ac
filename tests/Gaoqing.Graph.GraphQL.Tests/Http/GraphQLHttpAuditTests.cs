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
        var (_, stdout, stderr) = await NodeTool.RunAsync("graphql-http-audit.mjs", "graphql-http", server.Endpoint.ToString());
        var report = JsonNode.Parse(stdout)!.AsObject();
        output.WriteLine($"graphql-http audits: {report["total"]} total, {report["ok"]} ok, {report["warn"]} warn, {report["error"]} error, {report["notice"]} notice");
        Assert.True(
            report["ok"]!.GetValue<int>() == report["total"]!.GetValue<int>(),
            "audits not passed:\n" + report["failures"]!.ToJsonString(new() { WriteIndented = true }) + stderr);
        Assert.Equal(61, report["total"]!.GetValue<int>());
    }
}
