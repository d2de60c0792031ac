namespace Gaoqing.Graph.Text.Tests;

/// <summary>Finds the repository's seed documents and shared gold files from the test's output folder.</summary>
internal static class SeedFiles
{
    public static string RepositoryRoot { get; } = FindRoot();

    public static string KeyTasks => Path.Combine(RepositoryRoot, "graph-seed", "documents", "gaoqing-2023-green-lowcarbon-key-tasks.txt");

    public static string Plan2024 => Path.Combine(RepositoryRoot, "graph-seed", "documents", "gaoqing-2024-economic-social-development-plan.txt");

    public static string DomainDictionary => Path.Combine(RepositoryRoot, "graph-seed", "lexicon", "segmenter.dict.txt");

    public static string KeyTasksGold => Path.Combine(RepositoryRoot, "..", "shared", "gold", "gaoqing-2023-key-tasks.gold.json");

    public static string Read(string path) => File.ReadAllText(path);

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
