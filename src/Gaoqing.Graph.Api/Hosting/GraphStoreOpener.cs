using Gaoqing.Graph.Model.Store;
using Gaoqing.Graph.Neo4j;

namespace Gaoqing.Graph.Api.Hosting;

/// <summary>Opens the store <see cref="GraphOptions.Store"/> names and seeds it when it has no documents.</summary>
public static class GraphStoreOpener
{
    /// <summary>The embedded store under DataDir, or Neo4j; either loaded from SeedDir when empty.</summary>
    /// <exception cref="InvalidOperationException">Graph__Store names no known store.</exception>
    public static async Task<IGraphStore> OpenAsync(GraphOptions graph, Neo4jOptions neo4j, CancellationToken cancellationToken = default)
    {
        var seedDir = Path.GetFullPath(graph.SeedDir, Environment.CurrentDirectory);
        return graph.Store.Trim().ToLowerInvariant() switch
        {
            "embedded" or "" => await GraphStoreSeeder.OpenEmbeddedAsync(
                new EmbeddedStoreOptions { DataDir = graph.DataDir, SeedDir = graph.SeedDir }, cancellationToken).ConfigureAwait(false),
            "neo4j" => await Neo4jGraphStore.OpenAsync(neo4j, seedDir, cancellationToken: cancellationToken).ConfigureAwait(false),
            _ => throw new InvalidOperationException($"Graph__Store is '{graph.Store}': use 'embedded' or 'neo4j'."),
        };
    }
}
