namespace Gaoqing.Graph.Neo4j.Tests;

/// <summary>Finds the repository root (the folder holding Gaoqing.Graph.sln) from the test's output folder.</summary>
internal static class RepositoryPaths
{
    public static string Root { get; } = FindRoot();

    public static string SeedDocuments => Path.Combine(Root, "graph-seed", "documents");

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Gaoqing.Graph.sln")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException("Gaoqing.Graph.sln not found above " + AppContext.BaseDirectory);
    }
}
