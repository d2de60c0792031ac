using System.Collections.Immutable;
using System.Security.Cryptography;
using System.Text;

namespace Gaoqing.Graph.Model.Store;

/// <summary>One document as the store keeps it: validated, values in canonical form, the document node first.</summary>
internal sealed class StoredDocument
{
    private string? textHash;
    private string? contentHash;

    private StoredDocument(
        long sequence,
        ImmutableArray<GraphNode> nodes,
        ImmutableArray<GraphRelationship> relationships,
        string normalizedText,
        string originalText,
        ImmutableArray<string> warnings)
    {
        Sequence = sequence;
        Nodes = nodes;
        Relationships = relationships;
        NormalizedText = normalizedText;
        OriginalText = originalText;
        Warnings = warnings;
        NodesById = nodes.ToDictionary(node => node.Id, StringComparer.Ordinal);
        RelationshipsById = relationships.ToDictionary(relationship => relationship.Id, StringComparer.Ordinal);
        DocNumber = Document.Properties.TryGetValue("docNumber", out var number) && number is string { Length: > 0 } text ? text : null;
    }

    /// <summary>The order of ingest: later documents have larger numbers.</summary>
    public long Sequence { get; }

    /// <summary>The Document node.</summary>
    public GraphNode Document => Nodes[0];

    /// <summary>The document's id.</summary>
    public string Id => Document.Id;

    /// <summary>The docNumber property (高政办字〔2023〕20号), or null.</summary>
    public string? DocNumber { get; }

    /// <summary>The Document node followed by every other node the document states, in the order given.</summary>
    public ImmutableArray<GraphNode> Nodes { get; }

    /// <summary>The relationships the document states, in the order given.</summary>
    public ImmutableArray<GraphRelationship> Relationships { get; }

    /// <summary>The nodes by id.</summary>
    public IReadOnlyDictionary<string, GraphNode> NodesById { get; }

    /// <summary>The relationships by id.</summary>
    public IReadOnlyDictionary<string, GraphRelationship> RelationshipsById { get; }

    /// <summary>The normalized text that evidence offsets point into.</summary>
    public string NormalizedText { get; }

    /// <summary>The text as it was given.</summary>
    public string OriginalText { get; }

    /// <summary>The extraction's warnings.</summary>
    public ImmutableArray<string> Warnings { get; }

    /// <summary>SHA-256 of the original text, computed when first asked for.</summary>
    public string TextHash => textHash ??= Hash(OriginalText);

    /// <summary>SHA-256 of everything stored for the document (texts, nodes, relationships), computed when first asked for.</summary>
    public string ContentHash => contentHash ??= Hash(ContentText());

    /// <summary>Validates <paramref name="graph"/> and puts it in canonical form; throws <see cref="InvalidDataException"/>.</summary>
    public static StoredDocument FromGraph(DocumentGraph graph, long sequence)
    {
        ArgumentNullException.ThrowIfNull(graph);
        var document = Canonical(graph.Document);
        if (!document.Labels.Contains("Document"))
        {
            throw new InvalidDataException($"node {document.Id}: the document node has no Document label");
        }

        var nodes = ImmutableArray.CreateBuilder<GraphNode>();
        nodes.Add(document);
        var ids = new HashSet<string>(StringComparer.Ordinal) { document.Id };
        foreach (var node in graph.Nodes)
        {
            if (node.Id == document.Id)
            {
                continue;
            }

            if (!ids.Add(node.Id))
            {
                throw new InvalidDataException($"node {node.Id}: stated twice by document {document.Id}");
            }

            nodes.Add(Canonical(node));
        }

        var relationships = ImmutableArray.CreateBuilder<GraphRelationship>();
        var relationshipIds = new HashSet<string>(StringComparer.Ordinal);
        foreach (var relationship in graph.Relationships)
        {
            var canonical = Canonical(relationship);
            if (!relationshipIds.Add(canonical.Id))
            {
                throw new InvalidDataException($"relationship {canonical.Id}: stated twice by document {document.Id}");
            }

            if (!ids.Contains(canonical.Start) || !ids.Contains(canonical.End))
            {
                throw new InvalidDataException(
                    $"relationship {canonical.Id}: its start {canonical.Start} or end {canonical.End} is not a node of document {document.Id}");
            }

            relationships.Add(canonical);
        }

        return new StoredDocument(
            sequence,
            nodes.ToImmutable(),
            relationships.ToImmutable(),
            graph.NormalizedText ?? throw new InvalidDataException($"document {document.Id}: no normalized text"),
            graph.OriginalText ?? throw new InvalidDataException($"document {document.Id}: no original text"),
            [.. graph.Warnings ?? []]);
    }

    /// <summary>Rebuilds a document read back from the store's log (already canonical).</summary>
    public static StoredDocument FromLog(
        long sequence,
        ImmutableArray<GraphNode> nodes,
        ImmutableArray<GraphRelationship> relationships,
        string normalizedText,
        string originalText,
        ImmutableArray<string> warnings) =>
        new(sequence, nodes, relationships, normalizedText, originalText, warnings);

    private static GraphNode Canonical(GraphNode node)
    {
        ArgumentNullException.ThrowIfNull(node);
        if (string.IsNullOrEmpty(node.Id))
        {
            throw new InvalidDataException("a node has an empty id");
        }

        if (node.Labels is null || node.Labels.Count == 0 || node.Labels.Any(string.IsNullOrEmpty))
        {
            throw new InvalidDataException($"node {node.Id}: it needs at least one label and no empty label");
        }

        return new GraphNode(node.Id, [.. node.Labels.Distinct(StringComparer.Ordinal)], PropertyValues.Normalize(node.Properties ?? PropertyMap.Empty, $"node {node.Id}"));
    }

    private static GraphRelationship Canonical(GraphRelationship relationship)
    {
        ArgumentNullException.ThrowIfNull(relationship);
        if (string.IsNullOrEmpty(relationship.Id) || string.IsNullOrEmpty(relationship.Type))
        {
            throw new InvalidDataException($"relationship '{relationship.Id}': it needs an id and a type");
        }

        return relationship with
        {
            Properties = PropertyValues.Normalize(relationship.Properties ?? PropertyMap.Empty, $"relationship {relationship.Id}"),
        };
    }

    private string ContentText()
    {
        var text = new StringBuilder();
        text.Append(NormalizedText).Append('\0').Append(OriginalText).Append('\0');
        foreach (var warning in Warnings)
        {
            text.Append(warning).Append('\0');
        }

        foreach (var node in Nodes)
        {
            text.Append(node.Id).Append('\0').Append(PropertyValues.ListToJson(node.Labels)).Append(PropertyValues.ToJson(node.Properties)).Append('\0');
        }

        foreach (var relationship in Relationships)
        {
            text.Append(relationship.Id).Append('\0').Append(relationship.Type).Append('\0').Append(relationship.Start).Append('\0')
                .Append(relationship.End).Append('\0').Append(PropertyValues.ToJson(relationship.Properties)).Append('\0');
        }

        return text.ToString();
    }

    private static string Hash(string text) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text)));
}
