using System.Collections.Concurrent;
using Gaoqing.Graph.GraphQL.Execution;
using Gaoqing.Graph.Model;
using Gaoqing.Graph.Model.Building;
using Gaoqing.Graph.Model.Store;

namespace Gaoqing.Graph.Api.Schema;

/// <summary>
/// Per-request batched reads: every field asks for one key, and the executor sends all the keys asked for at the same
/// time to the store together: one call for nodes, one per relationship type and direction, two per neighbour list
/// (its relationships, then the nodes at their ends; see <see cref="NeighbourBatch"/>), or one per document for the
/// nodes of a label by document (see <see cref="OfDocument"/>).
/// Awaits here keep the executor's synchronization context (no ConfigureAwait(false)): the executor dispatches a batch
/// only once every continuation it holds has run.
/// </summary>
public static class GraphLoad
{
    /// <summary>The most documents whose nodes of one label a batch reads with one filtered store call each.</summary>
    public const int DocumentsReadOneByOne = 16;

    private static readonly ConcurrentDictionary<(RelationshipDirection Direction, string Type, string? Label), string> NeighbourLoaderNames = new();

    /// <summary>The node with <paramref name="id"/>, or null.</summary>
    public static Task<GraphNode?> Node(ResolveContext context, string id) =>
        context.GetDataLoader<string, GraphNode>("nodes", async (ids, cancellationToken) =>
            await ApiRequest.Of(context).Store.GetNodesAsync(ids, cancellationToken))
            .LoadAsync(id);

    /// <summary>
    /// Starts every load, then awaits each on the executor's context. (Task.WhenAll would complete on the thread pool
    /// and let the executor dispatch the next batch before every continuation had asked for its keys.)
    /// </summary>
    public static async Task<IReadOnlyList<T>> All<T>(IEnumerable<Task<T>> loads)
    {
        var started = loads.ToList();
        var results = new T[started.Count];
        for (var i = 0; i < started.Count; i++)
        {
            results[i] = await started[i];
        }

        return results;
    }

    /// <summary>The relationships of type <paramref name="type"/> at node <paramref name="id"/> in one direction.</summary>
    public static async Task<IReadOnlyList<GraphRelationship>> Relationships(ResolveContext context, string id, RelationshipDirection direction, string type)
    {
        var loader = context.GetDataLoader<string, IReadOnlyList<GraphRelationship>>($"relationships:{direction}:{type}", async (ids, cancellationToken) =>
            await ApiRequest.Of(context).Store.GetRelationshipsAsync(ids, direction, type, cancellationToken));
        return await loader.LoadAsync(id) ?? [];
    }

    /// <summary>
    /// The nodes at the other end of <paramref name="type"/> relationships in reading order of the relationships, each
    /// once, optionally only those labelled <paramref name="label"/>. One batch serves every parent asked for at the
    /// same time: one store call for the relationships and one for the nodes at their ends.
    /// </summary>
    public static Task<IReadOnlyList<GraphNode>> Neighbours(ResolveContext context, string id, RelationshipDirection direction, string type, string? label = null) =>
        context.GetDataLoader<string, IReadOnlyList<GraphNode>>(NeighbourLoaderName(direction, type, label), (ids, cancellationToken) =>
            NeighbourBatch.LoadAsync(ApiRequest.Of(context).Store, ids, direction, type, label, cancellationToken))
            .LoadAsync(id)!;

    /// <summary>A document's texts, or null.</summary>
    public static Task<DocumentText?> Text(ResolveContext context, string documentId) =>
        context.GetDataLoader<string, DocumentText>("texts", async (ids, cancellationToken) =>
        {
            var store = ApiRequest.Of(context).Store;
            var texts = new Dictionary<string, DocumentText>(StringComparer.Ordinal);
            foreach (var id in ids)
            {
                if (await store.GetDocumentTextAsync(id, cancellationToken) is { } text)
                {
                    texts[id] = text;
                }
            }

            return texts;
        }).LoadAsync(documentId);

    /// <summary>The nodes labelled <paramref name="label"/> read from document <paramref name="documentId"/>, in reading order.</summary>
    /// <remarks>
    /// A batch of up to <see cref="DocumentsReadOneByOne"/> documents asks the store for each document's nodes with a
    /// <c>sourceDocument</c> filter (the embedded store answers it from its per-document index, so the cost follows the
    /// answer, not the graph); a larger batch (a list of every document) reads the label once and groups it, so that no
    /// batch makes more than that many store calls.
    /// </remarks>
    public static async Task<IReadOnlyList<GraphNode>> OfDocument(ResolveContext context, string label, string documentId)
    {
        var loader = context.GetDataLoader<string, IReadOnlyList<GraphNode>>($"by-document:{label}", async (ids, cancellationToken) =>
        {
            var store = ApiRequest.Of(context).Store;
            var wanted = ids.ToHashSet(StringComparer.Ordinal);
            var found = new List<GraphNode>();
            if (wanted.Count <= DocumentsReadOneByOne)
            {
                foreach (var id in wanted)
                {
                    var where = new Dictionary<string, object?>(StringComparer.Ordinal) { [Evidence.SourceDocument] = id };
                    found.AddRange((await store.GetNodesByLabelAsync(new NodeQuery(label, Where: where, First: int.MaxValue), cancellationToken)).Nodes);
                }
            }
            else
            {
                found.AddRange((await store.GetNodesByLabelAsync(new NodeQuery(label, First: int.MaxValue), cancellationToken)).Nodes);
            }

            return found
                .Where(n => GraphValues.SourceDocument(n.Properties) is { } d && wanted.Contains(d))
                .GroupBy(n => GraphValues.SourceDocument(n.Properties)!, StringComparer.Ordinal)
                .ToDictionary(g => g.Key, g => (IReadOnlyList<GraphNode>)ReadingOrder(g), StringComparer.Ordinal);
        });
        return await loader.LoadAsync(documentId) ?? [];
    }

    private static string NeighbourLoaderName(RelationshipDirection direction, string type, string? label) =>
        NeighbourLoaderNames.GetOrAdd((direction, type, label), key => $"neighbours:{key.Direction}:{key.Type}:{key.Label}");

    /// <summary>Nodes in the order they are written: by document, then by where their evidence starts, then by id.</summary>
    public static List<GraphNode> ReadingOrder(IEnumerable<GraphNode> nodes) =>
        [.. nodes.OrderBy(n => ReadingPosition.Of(n.Properties, n.Id))];
}
