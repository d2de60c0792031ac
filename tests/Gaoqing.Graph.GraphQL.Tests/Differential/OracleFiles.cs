namespace Gaoqing.Graph.GraphQL.Tests.Differential;

/// <summary>The oracle's schema and root value in tools/graphql-oracle.</summary>
internal static class OracleFiles
{
    public static string SchemaSdl => File.ReadAllText(Path.Combine(RepositoryPaths.Tools, "graphql-oracle", "schema.graphql"));

    public static string RootValueJson => File.ReadAllText(Path.Combine(RepositoryPaths.Tools, "graphql-oracle", "root-value.json"));
}
