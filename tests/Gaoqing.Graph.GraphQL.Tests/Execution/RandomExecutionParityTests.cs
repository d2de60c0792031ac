using System.Text.Json;
using System.Text.Json.Nodes;
using Gaoqing.Graph.GraphQL.Execution;
using Gaoqing.Graph.GraphQL.Language;
using Gaoqing.Graph.GraphQL.Tests.Introspection;

namespace Gaoqing.Graph.GraphQL.Tests.Execution;

/// <summary>
/// 400 seeded random executions (selection sets with fragments, aliases and directives; random variable values
/// for typed variables) from tools/graphql-random-cases.mjs give exactly graphql-js's results.
/// </summary>
public sealed class RandomExecutionParityTests
{
    [Fact]
    public async Task Every_random_case_matches_graphql_js()
    {
        using var cases = JsonDocument.Parse(TestFiles.Read("Execution", "RandomCases.json"));
        var golden = JsonNode.Parse(TestFiles.Read("Execution", "RandomCases.golden.json"))!.AsArray();
        Assert.Equal(cases.RootElement.GetArrayLength(), golden.Count);
        var failures = new List<string>();
        for (var i = 0; i < golden.Count; i++)
        {
            var testCase = cases.RootElement[i];
            var query = testCase.GetProperty("query").GetString()!;
            var variables = testCase.TryGetProperty("variables", out var v) ? v : default;
            var result = await Executor.ExecuteAsync(TestSchemaFiles.Schema, Parser.Parse(query), null, variables, TestSchemaFiles.RootValue);
            var actual = JsonNode.Parse(result.ToJson());
            if (!JsonNode.DeepEquals(golden[i], actual))
            {
                failures.Add($"case {i}: {query}\n  {IntrospectionParityTests.FirstDifference(golden[i], actual, "$")}");
            }
        }
        Assert.True(failures.Count == 0, string.Join("\n", failures.Take(5)));
    }
}
