using Gaoqing.Graph.Model;
using Gaoqing.Graph.Model.Store;

namespace Gaoqing.Graph.Api.Graph;

/// <summary>Breadth-first search for the shortest chain of relationships between two nodes, either direction, hop by hop.</summary>
/// <remarks>Each hop reads the relationships of the whole frontier in two store calls (outgoing and incoming).</remarks>
public static class PathFinder
{
    /// <summary>The most hops a search may take.</summary>
    public const int MaxHops = 8;

    /// <summary>The node ids and relationship types of a shortest path, or null when none is at most <paramref name="maxHops"/> long.</summary>
    public static async Task<(IReadOnlyList<string> Nodes, IReadOnlyList<string> Types)?> FindAsync(
        IGraphStore store, string from, string to, int maxHops, CancellationToken cancellationToken)
    {
        if (from == to)
        {
            return ([from], []);
        }

        var previous = new Dictionary<string, (string Node, string Type)>(StringComparer.Ordinal);
        var seen = new HashSet<string>(StringComparer.Ordinal) { from };
        var frontier = new List<string> { from };
        for (var hop = 0; hop < maxHops && frontier.Count > 0; hop++)
        {
            var next = new List<string>();
            foreach (var direction in (RelationshipDirection[])[RelationshipDirection.Outgoing, RelationshipDirection.Incoming])
            {
                var relationships = await store.GetRelationshipsAsync(frontier, direction, null, cancellationToken).ConfigureAwait(false);
                foreach (var node in frontier)
                {
                    foreach (var relationship in relationships[node])
                    {
                        var other = direction == RelationshipDirection.Outgoing ? relationship.End : relationship.Start;
                        if (seen.Add(other))
                        {
                            previous[other] = (node, relationship.Type);
                            next.Add(other);
                        }
                    }
                }
            }

            if (previous.ContainsKey(to))
            {
                return Walk(previous, from, to);
            }

            frontier = next;
        }

        return null;
    }

    private static (IReadOnlyList<string>, IReadOnlyList<string>) Walk(Dictionary<string, (string Node, string Type)> previous, string from, string to)
    {
        var nodes = new List<string> { to };
        var types = new List<string>();
        for (var at = to; at != from; at = previous[at].Node)
        {
            types.Add(previous[at].Type);
            nodes.Add(previous[at].Node);
        }

        nodes.Reverse();
        types.Reverse();
        return (nodes, types);
    }
}
