using Gaoqing.Graph.Model;
using Gaoqing.Graph.Model.Store;

namespace Gaoqing.Graph.Api.Schema;

/// <summary>
/// One batch of neighbour reads: for every node id, the nodes at the other end of its relationships of one type and
/// direction (optionally only those with one label), in reading order of the relationships (document, evidence start,
/// id), each node once. Every id asked for gets a list, empty when it has no such neighbours.
/// </summary>
internal static class NeighbourBatch
{
    /// <summary>Reads the relationships of every id, then every node at their ends, in two store calls.</summary>
    public static async ValueTask<IReadOnlyDictionary<string, IReadOnlyList<GraphNode>>> LoadAsync(
        IGraphStore store, IReadOnlyList<string> ids, RelationshipDirection direction, string type, string? label, CancellationToken cancellationToken)
    {
        var relationships = await store.GetRelationshipsAsync(ids, direction, type, cancellationToken).ConfigureAwait(false);
        var endsById = new Dictionary<string, string[]>(ids.Count, StringComparer.Ordinal);
        var allEnds = new HashSet<string>(StringComparer.Ordinal);
        foreach (var id in ids)
        {
            if (relationships.TryGetValue(id, out var found) && found.Count > 0)
            {
                var ends = Ends(found, direction);
                endsById[id] = ends;
                allEnds.UnionWith(ends);
            }
        }

        IReadOnlyDictionary<string, GraphNode> nodes = allEnds.Count == 0
            ? new Dictionary<string, GraphNode>()
            : await store.GetNodesAsync(allEnds, cancellationToken).ConfigureAwait(false);
        var result = new Dictionary<string, IReadOnlyList<GraphNode>>(ids.Count, StringComparer.Ordinal);
        foreach (var id in ids)
        {
            if (!endsById.TryGetValue(id, out var ends))
            {
                result[id] = [];
                continue;
            }

            var list = new List<GraphNode>(ends.Length);
            foreach (var end in ends)
            {
                if (nodes.TryGetValue(end, out var node) && (label is null || node.Labels.Contains(label)))
                {
                    list.Add(node);
                }
            }

            result[id] = list;
        }

        return result;
    }

    private static string[] Ends(IReadOnlyList<GraphRelationship> relationships, RelationshipDirection direction)
    {
        var ordered = new GraphRelationship[relationships.Count];
        var keys = new ReadingPosition[relationships.Count];
        for (var i = 0; i < ordered.Length; i++)
        {
            var relationship = relationships[i];
            ordered[i] = relationship;
            keys[i] = ReadingPosition.Of(relationship.Properties, relationship.Id);
        }

        Array.Sort(keys, ordered);
        var ends = new List<string>(ordered.Length);
        var seen = new HashSet<string>(ordered.Length, StringComparer.Ordinal);
        foreach (var relationship in ordered)
        {
            var end = direction == RelationshipDirection.Outgoing ? relationship.End : relationship.Start;
            if (seen.Add(end))
            {
                ends.Add(end);
            }
        }

        return [.. ends];
    }
}
