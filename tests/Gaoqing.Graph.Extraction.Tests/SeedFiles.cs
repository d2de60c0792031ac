using System.Text.Json;

namespace Gaoqing.Graph.Extraction.Tests;

/// <summary>The seed documents extracted once, and the shared gold files.</summary>
internal static class SeedFiles
{
    public static string KeyTasksPath => RepositoryPaths.KeyTasksSeed;

    public static string PlanPath => RepositoryPaths.PlanSeed;

    public static ExtractedDocument KeyTasks { get; } = DocumentExtractor.Extract("gaoqing-2023-green-lowcarbon-key-tasks", File.ReadAllText(KeyTasksPath));

    public static ExtractedDocument Plan { get; } = DocumentExtractor.Extract("gaoqing-2024-economic-social-development-plan", File.ReadAllText(PlanPath));

    public static JsonElement Gold(string fileName) =>
        JsonDocument.Parse(File.ReadAllText(RepositoryPaths.Gold(fileName))).RootElement;
}
