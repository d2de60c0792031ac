using System.Text.Json;
using Gaoqing.Graph.GraphQL.Types;

namespace Gaoqing.Graph.GraphQL.Tests;

/// <summary>The shared test schema (every type kind) and the JSON root value used by the graphql-js parity tests.</summary>
internal static class TestSchemaFiles
{
    private static readonly Lazy<Schema> LazySchema = new(() => SchemaFromSdl.Build(TestFiles.Read("TestSchema.graphql")));

    private static readonly Lazy<JsonElement> LazyRoot = new(() => JsonDocument.Parse(TestFiles.Read("TestRootValue.json")).RootElement.Clone());

    private static readonly System.Collections.Concurrent.ConcurrentDictionary<string, Schema> Schemas = new();

    public static Schema Schema => LazySchema.Value;

    /// <summary>The schema built from <c>&lt;name&gt;.graphql</c> (TestSchema or EdgeSchema).</summary>
    public static Schema Named(string name) => Schemas.GetOrAdd(name, n => SchemaFromSdl.Build(TestFiles.Read(n + ".graphql")));

    public static JsonElement RootValue => LazyRoot.Value;
}
