using Gaoqing.Graph.GraphQL.Execution;
using Gaoqing.Graph.GraphQL.Language;
using Gaoqing.Graph.GraphQL.Tests.Differential;
using Gaoqing.Graph.GraphQL.Types;

namespace Gaoqing.Graph.GraphQL.Tests.Introspection;

/// <summary>
/// Feeds our own introspection result to graphql-js (tools/graphql-introspection-golden.mjs --check runs
/// buildClientSchema and printSchema on it) and compares with our SDL printout. Needs node and
/// `cd tools &amp;&amp; npm ci`, which CI runs.
/// </summary>
public sealed class GraphQLJsClientSchemaTests
{
    [Theory]
    [InlineData("TestSchema")]
    [InlineData("EdgeSchema")]
    public async Task Graphql_js_builds_a_client_schema_from_our_introspection_that_prints_like_ours(string name)
    {
        var result = await Executor.ExecuteAsync(TestSchemaFiles.Named(name), Parser.Parse(TestFiles.Read("Introspection", "IntrospectionQuery.graphql")));
        var path = Path.GetTempFileName();
        try
        {
            await File.WriteAllTextAsync(path, result.ToJson());
            var (exitCode, printed, errors) = await NodeTool.RunAsync("graphql-introspection-golden.mjs", "graphql", "--check", path);
            Assert.True(exitCode == 0, "graphql-introspection-golden.mjs failed: " + errors);
            Assert.Equal(SchemaPrinter.Print(TestSchemaFiles.Named(name)) + "\n", printed);
        }
        finally
        {
            File.Delete(path);
        }
    }
}
