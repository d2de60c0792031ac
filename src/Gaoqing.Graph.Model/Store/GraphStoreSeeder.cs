namespace Gaoqing.Graph.Model.Store;

/// <summary>Loads the seed documents (every .txt of a folder, in file-name order) into a store that has no documents.</summary>
public static class GraphStoreSeeder
{
    /// <summary>Ingests the seed documents, in one atomic write, if <paramref name="store"/> is empty and <paramref name="seedDir"/> exists.</summary>
    /// <returns>One outcome per seed document ingested; none when the store already had documents or there is no seed folder.</returns>
    /// <exception cref="Gaoqing.Graph.Extraction.Input.DocumentInputException">A seed file cannot be read as a document.</exception>
    public static async Task<IReadOnlyList<IngestOutcome>> SeedIfEmptyAsync(IGraphStore store, string seedDir, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(store);
        var statistics = await store.GetStatisticsAsync(cancellationToken).ConfigureAwait(false);
        if (statistics.Documents > 0 || !Directory.Exists(seedDir))
        {
            return [];
        }

        var graphs = Directory.EnumerateFiles(seedDir, "*.txt").Order(StringComparer.Ordinal).Select(DocumentPipeline.RunFile).ToArray();
        return await store.IngestAllAsync(graphs, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Opens the embedded store of <paramref name="options"/> and seeds it if it is empty.</summary>
    public static async Task<EmbeddedGraphStore> OpenEmbeddedAsync(EmbeddedStoreOptions options, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(options);
        var store = await EmbeddedGraphStore.OpenAsync(options.DataDirPath, cancellationToken).ConfigureAwait(false);
        try
        {
            await SeedIfEmptyAsync(store, options.SeedDirPath, cancellationToken).ConfigureAwait(false);
            return store;
        }
        catch
        {
            await store.DisposeAsync().ConfigureAwait(false);
            throw;
        }
    }
}
