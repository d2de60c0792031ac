namespace Gaoqing.Graph.Text.Tests;

/// <summary>The segmenter's domain dictionary, the key-tasks gold file and a reader for seed files.</summary>
internal static class SeedFiles
{
    public static string DomainDictionary => Path.Combine(RepositoryPaths.Root, "graph-seed", "lexicon", "segmenter.dict.txt");

    public static string KeyTasksGold => RepositoryPaths.Gold("gaoqing-2023-key-tasks.gold.json");

    public static string Read(string path) => File.ReadAllText(path);
}
