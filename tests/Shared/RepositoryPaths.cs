namespace Gaoqing.Graph.Testing;

/// <summary>Paths in the repository (the folder holding Gaoqing.Graph.sln) and in shared/ beside it, for tests and benches.</summary>
/// <remarks>Linked into every test project and the benches that read repository files. The root is searched above the program's folder, then above the current
/// directory, so a test finds its own checkout and a bench started from inside a checkout finds that one.</remarks>
internal static class RepositoryPaths
{
    private const string SolutionFile = "Gaoqing.Graph.sln";

    private static readonly Lazy<string> RootFolder = new(FindRoot);

    /// <summary>The folder holding Gaoqing.Graph.sln.</summary>
    public static string Root => RootFolder.Value;

    /// <summary>The seed documents: graph-seed/documents.</summary>
    public static string SeedDocuments => Path.Combine(Root, "graph-seed", "documents");

    /// <summary>The 2023 key-tasks seed document.</summary>
    public static string KeyTasksSeed => Path.Combine(SeedDocuments, "gaoqing-2023-green-lowcarbon-key-tasks.txt");

    /// <summary>The 2024 development-plan seed document.</summary>
    public static string PlanSeed => Path.Combine(SeedDocuments, "gaoqing-2024-economic-social-development-plan.txt");

    /// <summary>The node tools folder: tools/.</summary>
    public static string Tools => Path.Combine(Root, "tools");

    /// <summary>The shared folder beside the repository: root/../shared.</summary>
    public static string Shared => Path.GetFullPath(Path.Combine(Root, "..", "shared"));

    /// <summary>A gold file: root/../shared/gold/<paramref name="name"/>.</summary>
    public static string Gold(string name) => Path.Combine(Shared, "gold", name);

    /// <summary>A contract file: root/../shared/contracts/<paramref name="name"/>.</summary>
    public static string Contract(string name) => Path.Combine(Shared, "contracts", name);

    private static string FindRoot()
    {
        string[] starts = [AppContext.BaseDirectory, Environment.CurrentDirectory];
        foreach (var start in starts)
        {
            for (var directory = new DirectoryInfo(start); directory is not null; directory = directory.Parent)
            {
                if (File.Exists(Path.Combine(directory.FullName, SolutionFile)))
                {
                    return directory.FullName;
                }
            }
        }

        throw new InvalidOperationException($"{SolutionFile} not found above {starts[0]} or above {starts[1]}");
    }
}
