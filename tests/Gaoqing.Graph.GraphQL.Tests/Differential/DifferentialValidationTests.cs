using System.Text.Json.Nodes;
using Gaoqing.Graph.GraphQL.Language;
using Gaoqing.Graph.GraphQL.Validation;

namespace Gaoqing.Graph.GraphQL.Tests.Differential;

/// <summary>Our validator against graphql-js's <c>validate(schema, document, specifiedRules)</c> on every corpus document that parses.</summary>
public sealed class DifferentialValidationTests
{
    [Theory]
    [MemberData(nameof(Cases))]
    public void Validation_agrees_with_graphql_js(string name)
    {
        var golden = GoldenCase.Load(name);
        var errors = DocumentValidator.Validate(OracleSchema.Instance, Parser.Parse(golden.Document));
        var ours = new JsonArray([.. errors.Select(e => JsonNode.Parse(e.ToJson()))]);
        var expected = golden.Stage == "validate" ? golden.Expected : new JsonArray();
        OutputComparison.AssertSame(name, golden.Document, expected, ours);
    }

    public static TheoryData<string> Cases() => GoldenCase.Names(s => s != "parse");
}
