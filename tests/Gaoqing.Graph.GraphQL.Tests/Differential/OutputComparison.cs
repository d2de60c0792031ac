using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace Gaoqing.Graph.GraphQL.Tests.Differential;

/// <summary>Compares our output with graphql-js's as JSON trees; a failure shows the document and both outputs.</summary>
internal static class OutputComparison
{
    private static readonly JsonSerializerOptions Pretty = new() { WriteIndented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public static void AssertSame(string name, string document, JsonNode expected, JsonNode actual)
    {
        if (!JsonNode.DeepEquals(expected, actual))
        {
            Assert.Fail(
                $"{name}: our output differs from graphql-js.\n--- document ---\n{document}\n--- graphql-js ---\n"
                + expected.ToJsonString(Pretty) + "\n--- ours ---\n" + actual.ToJsonString(Pretty));
        }
    }
}
