using System.Text.Json;
using System.Text.Json.Nodes;
using Gaoqing.Graph.GraphQL.Execution;
using Gaoqing.Graph.GraphQL.Language;

namespace Gaoqing.Graph.GraphQL.Tests.Differential;

/// <summary>Our executor against graphql-js's <c>execute</c> (buildSchema + the same JSON root value) on every valid corpus document.</summary>
public sealed class DifferentialExecutionTests
{
    [Theory]
    [MemberData(nameof(Cases))]
    public async Task Execution_agrees_with_graphql_js(string name)
    {
        var golden = GoldenCase.Load(name);
        var document = Parser.Parse(golden.Document);
        var result = golden.Variables is { } variables
            ? await Executor.ExecuteAsync(OracleSchema.Instance, document, golden.OperationName, JsonSerializer.SerializeToElement(variables), OracleSchema.RootValue)
            : await Executor.ExecuteAsync(OracleSchema.Instance, document, golden.OperationName, null, OracleSchema.RootValue);
        OutputComparison.AssertSame(name, golden.Document, golden.Expected, JsonNode.Parse(result.ToJson())!);
    }

    public static TheoryData<string> Cases() => GoldenCase.Names(s => s == "execute");
}
