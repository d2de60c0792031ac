using Gaoqing.Graph.GraphQL.Language.Ast;

namespace Gaoqing.Graph.GraphQL.Http;

/// <summary>A bounded least-recently-used cache of parsed and validated documents, keyed by query text; safe for concurrent use.</summary>
public sealed class DocumentCache(int capacity)
{
    private readonly Dictionary<string, LinkedListNode<(string Query, CachedDocument Entry)>> byQuery = new(StringComparer.Ordinal);
    private readonly LinkedList<(string Query, CachedDocument Entry)> recency = new();
    private readonly Lock gate = new();

    /// <summary>How many documents the cache holds now.</summary>
    public int Count
    {
        get
        {
            lock (gate)
            {
                return byQuery.Count;
            }
        }
    }

    /// <summary>The cached document for a query text, marking it most recently used.</summary>
    public bool TryGet(string query, out CachedDocument entry)
    {
        lock (gate)
        {
            if (byQuery.TryGetValue(query, out var node))
            {
                recency.Remove(node);
                recency.AddFirst(node);
                entry = node.Value.Entry;
                return true;
            }
        }
        entry = null!;
        return false;
    }

    /// <summary>Stores a document, evicting the least recently used one when full.</summary>
    public void Add(string query, CachedDocument entry)
    {
        if (capacity <= 0)
        {
            return;
        }
        lock (gate)
        {
            if (byQuery.TryGetValue(query, out var existing))
            {
                recency.Remove(existing);
                byQuery.Remove(query);
            }
            while (byQuery.Count >= capacity && recency.Last is { } oldest)
            {
                recency.RemoveLast();
                byQuery.Remove(oldest.Value.Query);
            }
            byQuery[query] = recency.AddFirst((query, entry));
        }
    }
}

/// <summary>A parsed document with its validation errors (empty when valid), or the syntax error that stopped parsing.</summary>
public sealed record CachedDocument(DocumentNode? Document, IReadOnlyList<GraphQLError> Errors);
