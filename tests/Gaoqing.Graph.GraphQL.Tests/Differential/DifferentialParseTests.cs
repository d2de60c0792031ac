using System.Text.Json.Nodes;
using Gaoqing.Graph.GraphQL.Language;

namespace Gaoqing.Graph.GraphQL.Tests.Differential;

/// <summary>Our parser against graphql-js on every corpus document: the same syntax error (message and location), or success.</summary>
public sealed class DifferentialParseTests
{
    [Theory]
    [MemberData(nameof(Cases))]
    public void Parse_agrees_with_graphql_js(string name)
    {
        var golden = GoldenCase.Load(name);
        var ours = OurParseErrors(golden.Document);
        if (golden.Stage == "parse")
        {
            OutputComparison.AssertSame(name, golden.Document, golden.Expected, ours ?? new JsonArray());
        }
        else
        {
            Assert.True(ours is null, $"{name}: graphql-js parsed the document, we reported {ours?.ToJsonString()}");
        }
    }

    public static TheoryData<string> Cases() => GoldenCase.Names();

    private static JsonArray? OurParseErrors(string document)
    {
        try
        {
            Parser.Parse(document);
            return null;
        }
        catch (GraphQLError error)
        {
            return [JsonNode.Parse(error.ToJson())];
        }
    }
}
