using System.Collections.Immutable;
using Gaoqing.Graph.Model.Building;

namespace Gaoqing.Graph.Model.Store;

/// <summary>An immutable state of the whole graph with its indexes; writes make a new snapshot sharing most of the old.</summary>
/// <remarks>Each change costs time in proportion to the documents it touches, not to the size of the graph.</remarks>
internal sealed partial class GraphSnapshot
{
    private static readonly ImmutableSortedSet<string> NoIds = ImmutableSortedSet.Create<string>(StringComparer.Ordinal);

    private GraphSnapshot(
        ImmutableDictionary<string, StoredDocument> documents,
        ImmutableSortedDictionary<long, string> documentOrder,
        ImmutableDictionary<string, string> documentsByNumber,
        ImmutableDictionary<string, StatedElement<GraphNode>> nodes,
        ImmutableDictionary<string, StatedElement<GraphRelationship>> relationships,
        ImmutableDictionary<string, ImmutableSortedSet<string>> nodesByLabel,
        ImmutableDictionary<(string Label, string Document), ImmutableSortedSet<string>> nodesBySource,
        ImmutableDictionary<string, ImmutableSortedSet<string>> outgoing,
        ImmutableDictionary<string, ImmutableSortedSet<string>> incoming,
        ImmutableDictionary<string, int> relationshipsByType)
    {
        Documents = documents;
        DocumentOrder = documentOrder;
        DocumentsByNumber = documentsByNumber;
        Nodes = nodes;
        Relationships = relationships;
        NodesByLabel = nodesByLabel;
        NodesBySource = nodesBySource;
        Outgoing = outgoing;
        Incoming = incoming;
        RelationshipsByType = relationshipsByType;
    }

    /// <summary>The graph with no documents.</summary>
    public static GraphSnapshot Empty { get; } = new(
        ImmutableDictionary.Create<string, StoredDocument>(StringComparer.Ordinal),
        ImmutableSortedDictionary<long, string>.Empty,
        ImmutableDictionary.Create<string, string>(StringComparer.Ordinal),
        ImmutableDictionary.Create<string, StatedElement<GraphNode>>(StringComparer.Ordinal),
        ImmutableDictionary.Create<string, StatedElement<GraphRelationship>>(StringComparer.Ordinal),
        ImmutableDictionary.Create<string, ImmutableSortedSet<string>>(StringComparer.Ordinal),
        ImmutableDictionary<(string Label, string Document), ImmutableSortedSet<string>>.Empty,
        ImmutableDictionary.Create<string, ImmutableSortedSet<string>>(StringComparer.Ordinal),
        ImmutableDictionary.Create<string, ImmutableSortedSet<string>>(StringComparer.Ordinal),
        ImmutableDictionary.Create<string, int>(StringComparer.Ordinal));

    /// <summary>The stored documents by id.</summary>
    public ImmutableDictionary<string, StoredDocument> Documents { get; }

    /// <summary>Document ids by ingest sequence number.</summary>
    public ImmutableSortedDictionary<long, string> DocumentOrder { get; }

    /// <summary>Document ids by docNumber.</summary>
    public ImmutableDictionary<string, string> DocumentsByNumber { get; }

    /// <summary>Every node, merged over the documents that state it.</summary>
    public ImmutableDictionary<string, StatedElement<GraphNode>> Nodes { get; }

    /// <summary>Every relationship, merged over the documents that state it.</summary>
    public ImmutableDictionary<string, StatedElement<GraphRelationship>> Relationships { get; }

    /// <summary>Node ids by label.</summary>
    public ImmutableDictionary<string, ImmutableSortedSet<string>> NodesByLabel { get; }

    /// <summary>Node ids by label and by each document their merged <c>sourceDocument</c> property names (a string, or
    /// each item of a string list): exactly the nodes a <c>sourceDocument</c> filter on that label can match.</summary>
    /// <remarks>Keyed by the property rather than by the documents that state a node, so that a filter answered from it
    /// matches the scan it replaces even when a document states a node whose evidence names another document.</remarks>
    public ImmutableDictionary<(string Label, string Document), ImmutableSortedSet<string>> NodesBySource { get; }

    /// <summary>Relationship ids by start node id.</summary>
    public ImmutableDictionary<string, ImmutableSortedSet<string>> Outgoing { get; }

    /// <summary>Relationship ids by end node id.</summary>
    public ImmutableDictionary<string, ImmutableSortedSet<string>> Incoming { get; }

    /// <summary>The number of relationships of each type.</summary>
    public ImmutableDictionary<string, int> RelationshipsByType { get; }

    /// <summary>This graph without the documents <paramref name="removed"/> and with <paramref name="added"/>, if any.</summary>
    /// <exception cref="InvalidDataException">When <paramref name="added"/> contradicts a relationship already stored.</exception>
    public GraphSnapshot Apply(IEnumerable<string> removed, StoredDocument? added)
    {
        var editor = new Editor(this);
        foreach (var id in removed)
        {
            editor.Remove(id);
        }

        if (added is not null)
        {
            editor.Add(added);
        }

        return editor.Build();
    }

    /// <summary>Changes to one snapshot, gathered in builders and frozen into the next.</summary>
    private sealed class Editor(GraphSnapshot from)
    {
        private readonly ImmutableDictionary<string, StoredDocument>.Builder documents = from.Documents.ToBuilder();
        private readonly ImmutableSortedDictionary<long, string>.Builder documentOrder = from.DocumentOrder.ToBuilder();
        private readonly ImmutableDictionary<string, string>.Builder documentsByNumber = from.DocumentsByNumber.ToBuilder();
        private readonly ImmutableDictionary<string, StatedElement<GraphNode>>.Builder nodes = from.Nodes.ToBuilder();
        private readonly ImmutableDictionary<string, StatedElement<GraphRelationship>>.Builder relationships = from.Relationships.ToBuilder();
        private readonly ImmutableDictionary<string, ImmutableSortedSet<string>>.Builder nodesByLabel = from.NodesByLabel.ToBuilder();
        private readonly ImmutableDictionary<(string Label, string Document), ImmutableSortedSet<string>>.Builder nodesBySource = from.NodesBySource.ToBuilder();
        private readonly ImmutableDictionary<string, ImmutableSortedSet<string>>.Builder outgoing = from.Outgoing.ToBuilder();
        private readonly ImmutableDictionary<string, ImmutableSortedSet<string>>.Builder incoming = from.Incoming.ToBuilder();
        private readonly ImmutableDictionary<string, int>.Builder relationshipsByType = from.RelationshipsByType.ToBuilder();

        public void Add(StoredDocument document)
        {
            documents[document.Id] = document;
            documentOrder[document.Sequence] = document.Id;
            if (document.DocNumber is { } number)
            {
                documentsByNumber[number] = document.Id;
            }

            foreach (var node in document.Nodes)
            {
                if (nodes.TryGetValue(node.Id, out var stated))
                {
                    SetNode(stated.Value, new(ElementMerge.Merge(stated.Value, node), stated.StatedBy.Add(document.Id)));
                }
                else
                {
                    SetNode(null, new(node, [document.Id]));
                }
            }

            foreach (var relationship in document.Relationships)
            {
                if (relationships.TryGetValue(relationship.Id, out var stated))
                {
                    relationships[relationship.Id] = new(ElementMerge.Merge(stated.Value, relationship), stated.StatedBy.Add(document.Id));
                }
                else
                {
                    relationships[relationship.Id] = new(relationship, [document.Id]);
                    Link(outgoing, relationship.Start, relationship.Id, add: true);
                    Link(incoming, relationship.End, relationship.Id, add: true);
                    relationshipsByType[relationship.Type] = relationshipsByType.GetValueOrDefault(relationship.Type) + 1;
                }
            }
        }

        public void Remove(string documentId)
        {
            if (!documents.TryGetValue(documentId, out var document))
            {
                return;
            }

            documents.Remove(documentId);
            documentOrder.Remove(document.Sequence);
            if (document.DocNumber is { } number && documentsByNumber.GetValueOrDefault(number) == documentId)
            {
                documentsByNumber.Remove(number);
            }

            foreach (var relationship in document.Relationships)
            {
                var stated = relationships[relationship.Id];
                var remaining = stated.StatedBy.Remove(documentId);
                if (remaining.IsEmpty)
                {
                    relationships.Remove(relationship.Id);
                    Link(outgoing, relationship.Start, relationship.Id, add: false);
                    Link(incoming, relationship.End, relationship.Id, add: false);
                    var count = relationshipsByType[relationship.Type] - 1;
                    if (count == 0)
                    {
                        relationshipsByType.Remove(relationship.Type);
                    }
                    else
                    {
                        relationshipsByType[relationship.Type] = count;
                    }
                }
                else
                {
                    var merged = remaining.Select(id => documents[id].RelationshipsById[relationship.Id]).Aggregate(ElementMerge.Merge);
                    relationships[relationship.Id] = new(merged, remaining);
                }
            }

            foreach (var node in document.Nodes)
            {
                var stated = nodes[node.Id];
                var remaining = stated.StatedBy.Remove(documentId);
                if (remaining.IsEmpty)
                {
                    nodes.Remove(node.Id);
                    foreach (var label in stated.Value.Labels)
                    {
                        Link(nodesByLabel, label, node.Id, add: false);
                    }

                    foreach (var key in SourceKeys(stated.Value))
                    {
                        Link(nodesBySource, key, node.Id, add: false);
                    }
                }
                else
                {
                    var merged = remaining.Select(id => documents[id].NodesById[node.Id]).Aggregate(ElementMerge.Merge);
                    SetNode(stated.Value, new(merged, remaining));
                }
            }
        }

        public GraphSnapshot Build() => new(
            documents.ToImmutable(),
            documentOrder.ToImmutable(),
            documentsByNumber.ToImmutable(),
            nodes.ToImmutable(),
            relationships.ToImmutable(),
            nodesByLabel.ToImmutable(),
            nodesBySource.ToImmutable(),
            outgoing.ToImmutable(),
            incoming.ToImmutable(),
            relationshipsByType.ToImmutable());

        private static void Link<TKey>(ImmutableDictionary<TKey, ImmutableSortedSet<string>>.Builder index, TKey key, string id, bool add)
            where TKey : notnull
        {
            var set = index.GetValueOrDefault(key, NoIds);
            set = add ? set.Add(id) : set.Remove(id);
            if (set.IsEmpty)
            {
                index.Remove(key);
            }
            else
            {
                index[key] = set;
            }
        }

        private void SetNode(GraphNode? previous, StatedElement<GraphNode> stated)
        {
            nodes[stated.Value.Id] = stated;
            var before = previous?.Labels ?? [];
            foreach (var label in stated.Value.Labels.Except(before, StringComparer.Ordinal))
            {
                Link(nodesByLabel, label, stated.Value.Id, add: true);
            }

            foreach (var label in before.Except(stated.Value.Labels, StringComparer.Ordinal))
            {
                Link(nodesByLabel, label, stated.Value.Id, add: false);
            }

            var sourcesBefore = previous is null ? [] : SourceKeys(previous);
            var sourcesAfter = SourceKeys(stated.Value);
            foreach (var key in sourcesAfter.Except(sourcesBefore))
            {
                Link(nodesBySource, key, stated.Value.Id, add: true);
            }

            foreach (var key in sourcesBefore.Except(sourcesAfter))
            {
                Link(nodesBySource, key, stated.Value.Id, add: false);
            }
        }

        /// <summary>The keys of <see cref="NodesBySource"/> that hold <paramref name="node"/>.</summary>
        public static (string Label, string Document)[] SourceKeys(GraphNode node)
        {
            string[] sources = node.Properties.GetValueOrDefault(Evidence.SourceDocument) switch
            {
                string document => [document],
                IReadOnlyList<string> documents => [.. documents.Distinct(StringComparer.Ordinal)],
                _ => [],
            };
            return sources.Length == 0 ? [] : [.. node.Labels.SelectMany(label => sources.Select(document => (label, document)))];
        }
    }
}
