namespace Gaoqing.Graph.Api.Hosting;

/// <summary>Which store holds the graph and where its data and seed documents are (configuration section "Graph").</summary>
public sealed class GraphOptions
{
    /// <summary>The configuration section.</summary>
    public const string Section = "Graph";

    /// <summary><c>embedded</c> (default) or <c>neo4j</c> (Graph__Store).</summary>
    public string Store { get; set; } = "embedded";

    /// <summary>Where the embedded store keeps its data (Graph__DataDir); relative to the current directory.</summary>
    public string DataDir { get; set; } = "./data";

    /// <summary>The documents loaded into an empty store (Graph__SeedDir); relative to the current directory.</summary>
    public string SeedDir { get; set; } = "graph-seed/documents";
}
