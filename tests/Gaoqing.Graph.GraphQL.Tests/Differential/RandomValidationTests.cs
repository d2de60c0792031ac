using System.Text.Json.Nodes;
using Gaoqing.Graph.GraphQL.Language;
using Gaoqing.Graph.GraphQL.Validation;
using Xunit.Abstractions;

namespace Gaoqing.Graph.GraphQL.Tests.Differential;

/// <summary>
/// 2,000 seeded random edits of valid corpus documents (tools/graphql-oracle/generate-random-validation.mjs):
/// our validator reports exactly graphql-js's errors, messages and locations, for every one.
/// </summary>
public sealed class RandomValidationTests(ITestOutputHelper output)
{
    [Fact]
    public void Every_random_document_validates_like_graphql_js()
    {
        var cases = JsonNode.Parse(TestFiles.Read("Differential", "RandomValidation.golden.json"))!.AsArray();
        var mismatches = new List<string>();
        foreach (var entry in cases)
        {
            var document = entry!["document"]!.GetValue<string>();
            var expected = entry["errors"]!;
            var errors = DocumentValidator.Validate(OracleSchema.Instance, Parser.Parse(document));
            var ours = new JsonArray([.. errors.Select(e => JsonNode.Parse(e.ToJson()))]);
            if (!JsonNode.DeepEquals(expected, ours))
            {
                mismatches.Add($"--- document ---\n{document}\n--- graphql-js ---\n{expected.ToJsonString()}\n--- ours ---\n{ours.ToJsonString()}");
            }
        }
        output.WriteLine($"{cases.Count - mismatches.Count} of {cases.Count} random documents validate exactly like graphql-js");
        Assert.True(mismatches.Count == 0, $"{mismatches.Count} of {cases.Count} differ; first ones:\n" + string.Join("\n\n", mismatches.Take(5)));
    }
}
