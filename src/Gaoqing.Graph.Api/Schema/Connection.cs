using Gaoqing.Graph.GraphQL;
using Gaoqing.Graph.Model;
using Gaoqing.Graph.Model.Store;

namespace Gaoqing.Graph.Api.Schema;

/// <summary>One page of a Relay connection: its nodes, how many match in all, and whether more follow.</summary>
public sealed record Connection(IReadOnlyList<GraphNode> Nodes, int TotalCount, bool HasNextPage)
{
    /// <summary>The largest page a client may ask for.</summary>
    public const int MaxPageSize = 1000;

    /// <summary>The cursor of the last node of the page, or null for an empty page.</summary>
    public string? EndCursor => Nodes.Count == 0 ? null : Cursor.Of(Nodes[^1].Id);

    /// <summary>A page of the store's answer (already paged by id).</summary>
    public static Connection FromPage(NodePage page) => new(page.Nodes, page.TotalCount, page.HasNextPage);

    /// <summary>The page of <paramref name="all"/> (in their order) that starts after the node of <paramref name="after"/>.</summary>
    public static Connection Slice(IReadOnlyList<GraphNode> all, int first, string? after)
    {
        var start = 0;
        if (Cursor.IdOf(after) is { } afterId)
        {
            var index = IndexOf(all, afterId);
            if (index < 0)
            {
                throw new GraphQLError("after: the cursor names a node that is not in this list (it may have been removed); start again without after.");
            }

            start = index + 1;
        }

        var count = Math.Min(first, all.Count - start);
        var nodes = new GraphNode[count];
        for (var i = 0; i < count; i++)
        {
            nodes[i] = all[start + i];
        }

        return new Connection(nodes, all.Count, start + count < all.Count);
    }

    /// <summary>Checks a page size argument: 0 to <see cref="MaxPageSize"/>.</summary>
    public static int PageSize(int? first, string argument = "first")
    {
        var size = first ?? 50;
        if (size < 0 || size > MaxPageSize)
        {
            throw new GraphQLError($"{argument}: {size} is out of range; ask for 0 to {MaxPageSize} items per page.");
        }

        return size;
    }

    private static int IndexOf(IReadOnlyList<GraphNode> all, string id)
    {
        for (var i = 0; i < all.Count; i++)
        {
            if (string.Equals(all[i].Id, id, StringComparison.Ordinal))
            {
                return i;
            }
        }

        return -1;
    }
}
