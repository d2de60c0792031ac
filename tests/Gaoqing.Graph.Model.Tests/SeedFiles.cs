namespace Gaoqing.Graph.Model.Tests;

/// <summary>The seed documents run once through the pipeline.</summary>
internal static class SeedFiles
{
    public static string KeyTasksPath => RepositoryPaths.KeyTasksSeed;

    public static string PlanPath => RepositoryPaths.PlanSeed;

    public static DocumentGraph KeyTasks { get; } = DocumentPipeline.RunFile(KeyTasksPath);

    public static DocumentGraph Plan { get; } = DocumentPipeline.RunFile(PlanPath);
}
