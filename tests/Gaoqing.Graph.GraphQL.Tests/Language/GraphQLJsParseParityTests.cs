using System.Text.Json;
using System.Text.Json.Nodes;
using Gaoqing.Graph.GraphQL.Language;
using Gaoqing.Graph.GraphQL.Language.Ast;

namespace Gaoqing.Graph.GraphQL.Tests.Language;

/// <summary>
/// Every document of ParseCases.json, and 2,000 randomly broken variants of them (MutatedParseCases.json,
/// from tools/graphql-mutated-parse-cases.mjs), must parse, print and locate its nodes exactly as
/// graphql-js 16 does, or fail with the same syntax error; the expected answers come from
/// tools/graphql-parse-golden.mjs.
/// </summary>
public sealed class GraphQLJsParseParityTests
{
    public static TheoryData<int> CaseIndexes()
    {
        var data = new TheoryData<int>();
        var count = JsonNode.Parse(TestFiles.Read("Language", "ParseCases.json"))!.AsArray().Count;
        for (var i = 0; i < count; i++)
        {
            data.Add(i);
        }
        return data;
    }

    [Theory]
    [MemberData(nameof(CaseIndexes))]
    public void Parse_matches_graphql_js(int index)
    {
        var text = JsonNode.Parse(TestFiles.Read("Language", "ParseCases.json"))!.AsArray()[index]!.GetValue<string>();
        var expected = JsonNode.Parse(TestFiles.Read("Language", "ParseCases.golden.json"))!.AsArray()[index]!;
        Assert.Equal(expected.ToJsonString(), Describe(text).ToJsonString());
    }

    [Fact]
    public void Randomly_broken_documents_fail_or_parse_exactly_like_graphql_js()
    {
        var cases = JsonNode.Parse(TestFiles.Read("Language", "MutatedParseCases.json"))!.AsArray();
        var golden = JsonNode.Parse(TestFiles.Read("Language", "MutatedParseCases.golden.json"))!.AsArray();
        Assert.Equal(cases.Count, golden.Count);
        var failures = new List<string>();
        for (var i = 0; i < cases.Count; i++)
        {
            var text = cases[i]!.GetValue<string>();
            var actual = Describe(text);
            if (!JsonNode.DeepEquals(golden[i], actual))
            {
                failures.Add($"{JsonSerializer.Serialize(text)}: expected {golden[i]!.ToJsonString()}, got {actual.ToJsonString()}");
            }
        }
        Assert.True(failures.Count == 0, string.Join("\n", failures.Take(5)));
    }

    private static JsonNode Describe(string text)
    {
        try
        {
            var document = Parser.Parse(text);
            var collector = new NodeCollector();
            AstWalker.Walk(document, collector);
            return new JsonObject
            {
                ["printed"] = Printer.Print(document),
                ["nodes"] = new JsonArray([.. collector.Nodes.Select(n => (JsonNode)n)]),
            };
        }
        catch (GraphQLError error)
        {
            return new JsonObject { ["error"] = JsonNode.Parse(error.ToJson()) };
        }
    }

    private sealed class NodeCollector : AstVisitor
    {
        public List<string> Nodes { get; } = [];

        public override VisitAction Enter(Node node, IReadOnlyList<Node> ancestors)
        {
            Nodes.Add($"{node.Kind} {node.Location!.Start} {node.Location.End}");
            return VisitAction.Continue;
        }
    }
}
