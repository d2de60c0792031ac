using System.Text.Json;

namespace Gaoqing.Graph.Extraction.Tests;

/// <summary>The seed documents extracted once, and the shared gold files.</summary>
internal static class SeedFiles
{
    public static ExtractedDocument KeyTasks { get; } = DocumentExtractor.Extract("gaoqing-2023-green-lowcarbon-key-tasks", File.ReadAllText(RepositoryPaths.KeyTasksSeed));

    public static ExtractedDocument Plan { get; } = DocumentExtractor.Extract("gaoqing-2024-economic-social-development-plan", File.ReadAllText(RepositoryPaths.PlanSeed));

    public static JsonElement Gold(string fileName) =>
        JsonDocument.Parse(File.ReadAllText(RepositoryPaths.Gold(fileName))).RootElement;
}
