using System.Text.Json;
using Gaoqing.Graph.GraphQL.Types;

namespace Gaoqing.Graph.GraphQL.Tests.Differential;

/// <summary>The oracle's test schema built from its SDL (with JSON-reading default resolvers), and its JSON root value.</summary>
internal static class OracleSchema
{
    private static readonly Lazy<Schema> Schema = new(() => SchemaFromSdl.Build(OracleFiles.SchemaSdl));

    private static readonly Lazy<JsonElement> Root = new(() =>
    {
        using var document = JsonDocument.Parse(OracleFiles.RootValueJson);
        return document.RootElement.Clone();
    });

    public static Schema Instance => Schema.Value;

    public static JsonElement RootValue => Root.Value;

    public static Schema Build() => Instance;
}
