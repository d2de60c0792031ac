using System.Text.Json;
using System.Text.Json.Nodes;
using Gaoqing.Graph.GraphQL.Execution;
using Gaoqing.Graph.GraphQL.Language;
using Gaoqing.Graph.GraphQL.Tests.Introspection;

namespace Gaoqing.Graph.GraphQL.Tests.Execution;

/// <summary>
/// Each case of ExecutionCases.json (null propagation, abstract types, variables and their coercion errors,
/// operation selection, mutations, introspection fields) gives exactly graphql-js's result, as recorded by
/// tools/graphql-execute-golden.mjs.
/// </summary>
public sealed class GraphQLJsExecutionParityTests
{
    public static TheoryData<int> CaseIndexes()
    {
        var data = new TheoryData<int>();
        var count = JsonNode.Parse(TestFiles.Read("Execution", "ExecutionCases.json"))!.AsArray().Count;
        for (var i = 0; i < count; i++)
        {
            data.Add(i);
        }
        return data;
    }

    [Theory]
    [MemberData(nameof(CaseIndexes))]
    public async Task Result_matches_graphql_js(int index)
    {
        using var cases = JsonDocument.Parse(TestFiles.Read("Execution", "ExecutionCases.json"));
        var testCase = cases.RootElement[index];
        var variables = testCase.TryGetProperty("variables", out var v) ? v : default;
        var operationName = testCase.TryGetProperty("operationName", out var o) ? o.GetString() : null;
        var document = Parser.Parse(testCase.GetProperty("query").GetString()!);
        var result = await Executor.ExecuteAsync(TestSchemaFiles.Schema, document, operationName, variables, TestSchemaFiles.RootValue);
        var expected = JsonNode.Parse(TestFiles.Read("Execution", "ExecutionCases.golden.json"))!.AsArray()[index];
        var actual = JsonNode.Parse(result.ToJson());
        Assert.True(JsonNode.DeepEquals(expected, actual), IntrospectionParityTests.FirstDifference(expected, actual, "$") + "\nexpected: " + expected!.ToJsonString() + "\nactual:   " + actual!.ToJsonString());
    }
}
