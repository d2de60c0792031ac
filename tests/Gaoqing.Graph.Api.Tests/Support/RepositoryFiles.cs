namespace Gaoqing.Graph.Api.Tests.Support;

/// <summary>Paths in the repository (the folder holding Gaoqing.Graph.sln) and in shared/ beside it.</summary>
internal static class RepositoryFiles
{
    private static readonly Lazy<string> RootFolder = new(() =>
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "Gaoqing.Graph.sln")))
            {
                return directory.FullName;
            }
        }

        throw new InvalidOperationException("Gaoqing.Graph.sln not found above " + AppContext.BaseDirectory);
    });

    public static string Root => RootFolder.Value;

    public static string SeedDocuments => Path.Combine(Root, "graph-seed", "documents");

    public static string Tools => Path.Combine(Root, "tools");

    public static string Shared => Path.GetFullPath(Path.Combine(Root, "..", "shared"));

    public static string Gold(string name) => Path.Combine(Shared, "gold", name);

    public static string Contract(string name) => Path.Combine(Shared, "contracts", name);
}
