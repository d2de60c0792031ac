using System.Text.Json;

namespace Gaoqing.Graph.Extraction.Tests;

/// <summary>Finds the seed documents and the shared gold files from the test's output folder.</summary>
internal static class SeedFiles
{
    public static string RepositoryRoot { get; } = FindRoot();

    public static string KeyTasksPath => Path.Combine(RepositoryRoot, "graph-seed", "documents", "gaoqing-2023-green-lowcarbon-key-tasks.txt");

    public static string PlanPath => Path.Combine(RepositoryRoot, "graph-seed", "documents", "gaoqing-2024-economic-social-development-plan.txt");

    public static ExtractedDocument KeyTasks { get; } = DocumentExtractor.Extract("gaoqing-2023-green-lowcarbon-key-tasks", File.ReadAllText(KeyTasksPath));

    public static ExtractedDocument Plan { get; } = DocumentExtractor.Extract("gaoqing-2024-economic-social-development-plan", File.ReadAllText(PlanPath));

    public static JsonElement Gold(string fileName) =>
        JsonDocument.Parse(File.ReadAllText(Path.Combine(RepositoryRoot, "..", "shared", "gold", fileName))).RootElement;

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
