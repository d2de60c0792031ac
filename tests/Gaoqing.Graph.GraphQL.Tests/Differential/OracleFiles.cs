namespace Gaoqing.Graph.GraphQL.Tests.Differential;

/// <summary>The repository's tools folder, and the oracle's schema and root value in tools/graphql-oracle.</summary>
internal static class OracleFiles
{
    private static readonly Lazy<string> Folder = new(() =>
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "Gaoqing.Graph.sln")))
            {
                return Path.Combine(directory.FullName, "tools");
            }
        }
        throw new InvalidOperationException("Gaoqing.Graph.sln not found above " + AppContext.BaseDirectory);
    });

    public static string ToolsFolder => Folder.Value;

    public static string SchemaSdl => File.ReadAllText(Path.Combine(Folder.Value, "graphql-oracle", "schema.graphql"));

    public static string RootValueJson => File.ReadAllText(Path.Combine(Folder.Value, "graphql-oracle", "root-value.json"));
}
