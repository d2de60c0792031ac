namespace Gaoqing.Graph.Text.Tests;

/// <summary>The segmenter's domain dictionary and the key-tasks gold file.</summary>
internal static class SeedFiles
{
    public static string DomainDictionary => Path.Combine(RepositoryPaths.Root, "graph-seed", "lexicon", "segmenter.dict.txt");

    public static string KeyTasksGold => RepositoryPaths.Gold("gaoqing-2023-key-tasks.gold.json");
}
