using System.Text.Json.Nodes;
using Gaoqing.Graph.GraphQL.Language;
using Gaoqing.Graph.GraphQL.Validation;
using Xunit.Abstractions;

namespace Gaoqing.Graph.GraphQL.Tests.Differential;

/// <summary>
/// Seeded random documents with graphql-js's validation errors: 2,000 token edits of valid corpus documents
/// (tools/graphql-oracle/generate-random-validation.mjs) and 600 selection sets built to collide under field merging
/// (generate-random-merges.mjs). Our validator must report exactly the same errors, messages and locations.
/// </summary>
public sealed class RandomValidationTests(ITestOutputHelper output)
{
    [Theory]
    [InlineData("RandomValidation.golden.json")]
    [InlineData("RandomMerges.golden.json")]
    public void Every_random_document_validates_like_graphql_js(string file)
    {
        var cases = JsonNode.Parse(TestFiles.Read("Differential", file))!.AsArray();
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
        output.WriteLine($"{file}: {cases.Count - mismatches.Count} of {cases.Count} random documents validate exactly like graphql-js");
        Assert.True(mismatches.Count == 0, $"{mismatches.Count} of {cases.Count} differ; first ones:\n" + string.Join("\n\n", mismatches.Take(5)));
    }
}
