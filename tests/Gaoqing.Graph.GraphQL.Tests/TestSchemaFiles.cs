using System.Text.Json;
using Gaoqing.Graph.GraphQL.Types;

namespace Gaoqing.Graph.GraphQL.Tests;

/// <summary>The shared test schema (every type kind) and the JSON root value used by the graphql-js parity tests.</summary>
internal static class TestSchemaFiles
{
    private static readonly Lazy<Schema> LazySchema = new(() => SchemaFromSdl.Build(TestFiles.Read("TestSchema.graphql")));

    private static readonly Lazy<JsonElement> LazyRoot = new(() => JsonDocument.Parse(TestFiles.Read("TestRootValue.json")).RootElement.Clone());

    public static Schema Schema => LazySchema.Value;

    public static JsonElement RootValue => LazyRoot.Value;
}
