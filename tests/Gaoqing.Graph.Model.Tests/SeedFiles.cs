namespace Gaoqing.Graph.Model.Tests;

/// <summary>The seed documents run once through the pipeline.</summary>
internal static class SeedFiles
{
    public static DocumentGraph KeyTasks { get; } = DocumentPipeline.RunFile(RepositoryPaths.KeyTasksSeed);

    public static DocumentGraph Plan { get; } = DocumentPipeline.RunFile(RepositoryPaths.PlanSeed);
}
