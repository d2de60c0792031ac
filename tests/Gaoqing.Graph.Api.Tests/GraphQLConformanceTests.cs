using Gaoqing.Graph.Api.Tests.Support;
using Xunit.Abstractions;

namespace Gaoqing.Graph.Api.Tests;

/// <summary>The running API (Kestrel) against graphql-js: the graphql-http audits and buildClientSchema on our introspection.</summary>
public sealed class GraphQLConformanceTests(ITestOutputHelper output)
{
    [Fact]
    public async Task Every_graphql_http_audit_passes_against_the_api()
    {
        await using var host = await ApiHost.StartAsync(kestrel: true);
        var (exitCode, report, errors) = await NodeScript.RunAsync("graphql-http-audit.mjs", host.GraphQL.ToString());
        output.WriteLine($"graphql-http audits: {report["total"]} total, {report["ok"]} ok");
        Assert.True(exitCode == 0, report["failures"]!.ToJsonString() + errors);
        Assert.Equal(61, report["total"]!.GetValue<int>());
        Assert.Equal(61, report["ok"]!.GetValue<int>());
    }

    [Fact]
    public async Task Introspection_builds_a_client_schema_holding_the_whole_contract()
    {
        await using var host = await ApiHost.StartAsync(kestrel: true);
        var (exitCode, report, errors) = await NodeScript.RunAsync("api-schema-check.mjs", host.GraphQL.ToString(), RepositoryPaths.Contract("schema.graphql"));
        output.WriteLine($"contract checked: {report["types"]} types, {report["fields"]} fields, {report["arguments"]} arguments");
        Assert.True(exitCode == 0, report["problems"]!.ToJsonString() + errors);
        Assert.Equal(37, report["types"]!.GetValue<int>());
        Assert.True(report["fields"]!.GetValue<int>() > 100);
    }
}
