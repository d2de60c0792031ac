namespace Gaoqing.Graph.Model.Tests;

/// <summary>Finds the seed documents from the test's output folder and runs them through the pipeline.</summary>
internal static class SeedFiles
{
    public static string RepositoryRoot { get; } = FindRoot();

    public static string KeyTasksPath => Path.Combine(RepositoryRoot, "graph-seed", "documents", "gaoqing-2023-green-lowcarbon-key-tasks.txt");

    public static string PlanPath => Path.Combine(RepositoryRoot, "graph-seed", "documents", "gaoqing-2024-economic-social-development-plan.txt");

    public static DocumentGraph KeyTasks { get; } = DocumentPipeline.RunFile(KeyTasksPath);

    public static DocumentGraph Plan { get; } = DocumentPipeline.RunFile(PlanPath);

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
