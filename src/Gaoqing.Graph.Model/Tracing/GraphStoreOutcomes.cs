using Gaoqing.Graph.Model.Store;

namespace Gaoqing.Graph.Model.Tracing;

/// <summary>Outcomes for any <see cref="IGraphStore"/>: the store's own when it is an <see cref="IOutcomeSource"/>, else traced from its whole graph.</summary>
public static class GraphStoreOutcomes
{
    /// <summary>The outcomes of <paramref name="store"/>'s current graph.</summary>
    /// <remarks>A store that is not an <see cref="IOutcomeSource"/> (Neo4j) is read whole with <see cref="IGraphStore.GetGraphAsync"/>
    /// and the documents' texts; the caller should cache the result per write.</remarks>
    public static async ValueTask<OutcomeIndex> GetOutcomesAsync(this IGraphStore store, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(store);
        if (store is IOutcomeSource source)
        {
            return await source.GetOutcomesAsync(cancellationToken).ConfigureAwait(false);
        }

        var graph = await store.GetGraphAsync(cancellationToken).ConfigureAwait(false);
        var texts = new Dictionary<string, string?>(StringComparer.Ordinal);
        foreach (var document in await store.GetDocumentsAsync(cancellationToken).ConfigureAwait(false))
        {
            texts[document.Id] = (await store.GetDocumentTextAsync(document.Id, cancellationToken).ConfigureAwait(false))?.NormalizedText;
        }

        return OutcomeTracer.Trace(graph, id => texts.GetValueOrDefault(id));
    }
}
