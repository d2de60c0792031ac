namespace Gaoqing.Graph.Model.Store;

/// <summary>Where the embedded store keeps its data and which documents seed it (configuration section "Graph").</summary>
public sealed class EmbeddedStoreOptions
{
    /// <summary>The folder holding the store's database (Graph__DataDir).</summary>
    public string DataDir { get; set; } = "./data";

    /// <summary>The folder whose .txt documents are loaded into an empty store (Graph__SeedDir).</summary>
    public string SeedDir { get; set; } = "graph-seed/documents";

    /// <summary><see cref="DataDir"/> as a full path; a relative one resolves against the current directory.</summary>
    public string DataDirPath => Path.GetFullPath(DataDir, Environment.CurrentDirectory);

    /// <summary><see cref="SeedDir"/> as a full path; a relative one resolves against the current directory.</summary>
    public string SeedDirPath => Path.GetFullPath(SeedDir, Environment.CurrentDirectory);
}
