using System.Text.Json.Nodes;
using Gaoqing.Graph.GraphQL.Execution;
using Gaoqing.Graph.GraphQL.Language;
using Gaoqing.Graph.GraphQL.Types;

namespace Gaoqing.Graph.GraphQL.Tests.Introspection;

/// <summary>
/// getIntrospectionQuery (all options on) against the test schema gives exactly graphql-js's result; hence
/// graphql-js's buildClientSchema accepts ours and printSchema of it (TestSchema.client.graphql, made by
/// tools/graphql-introspection-golden.mjs) equals our own SDL printout.
/// </summary>
public sealed class IntrospectionParityTests
{
    [Theory]
    [InlineData("TestSchema")]
    [InlineData("EdgeSchema")]
    public async Task Introspection_result_equals_graphql_js(string name)
    {
        var result = await Executor.ExecuteAsync(TestSchemaFiles.Named(name), Parser.Parse(TestFiles.Read("Introspection", "IntrospectionQuery.graphql")));
        var expected = JsonNode.Parse(TestFiles.Read("Introspection", name + ".introspection.json"))!;
        var actual = JsonNode.Parse(result.ToJson())!;
        Assert.True(JsonNode.DeepEquals(expected, actual), FirstDifference(expected, actual, "$"));
    }

    [Theory]
    [InlineData("TestSchema")]
    [InlineData("EdgeSchema")]
    public void Client_schema_printed_by_graphql_js_equals_our_printout(string name)
    {
        var expected = TestFiles.Read("Introspection", name + ".client.graphql").TrimEnd('\n');
        Assert.Equal(expected, SchemaPrinter.Print(TestSchemaFiles.Named(name)));
    }

    internal static string FirstDifference(JsonNode? expected, JsonNode? actual, string path)
    {
        switch (expected, actual)
        {
            case (JsonObject e, JsonObject a):
                var keys = e.Select(p => p.Key).ToList();
                var actualKeys = a.Select(p => p.Key).ToList();
                if (!keys.SequenceEqual(actualKeys))
                {
                    return $"{path}: keys [{string.Join(",", keys)}] vs [{string.Join(",", actualKeys)}]";
                }
                foreach (var key in keys)
                {
                    if (!JsonNode.DeepEquals(e[key], a[key]))
                    {
                        return FirstDifference(e[key], a[key], path + "." + key);
                    }
                }
                return path;
            case (JsonArray e, JsonArray a):
                for (var i = 0; i < Math.Min(e.Count, a.Count); i++)
                {
                    if (!JsonNode.DeepEquals(e[i], a[i]))
                    {
                        return FirstDifference(e[i], a[i], $"{path}[{i}]");
                    }
                }
                return $"{path}: {e.Count} items vs {a.Count}";
            default:
                return $"{path}: expected {expected?.ToJsonString() ?? "null"}, got {actual?.ToJsonString() ?? "null"}";
        }
    }
}
