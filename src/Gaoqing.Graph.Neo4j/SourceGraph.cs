using System.Text.Json;
using Gaoqing.Graph.Model;
using Gaoqing.Graph.Model.Export;
using Gaoqing.Graph.Model.Store;

namespace Gaoqing.Graph.Neo4j;

/// <summary>What one document states, as kept (JSON) on its SourceDocument node: its nodes and relationships by id.</summary>
internal sealed class SourceGraph
{
    private SourceGraph(string id, IReadOnlyList<GraphNode> nodes, IReadOnlyList<GraphRelationship> relationships)
    {
        Id = id;
        Nodes = nodes;
        Relationships = relationships;
        NodesById = nodes.ToDictionary(node => node.Id, StringComparer.Ordinal);
        RelationshipsById = relationships.ToDictionary(relationship => relationship.Id, StringComparer.Ordinal);
    }

    /// <summary>The document's id.</summary>
    public string Id { get; }

    /// <summary>The nodes, the document node first.</summary>
    public IReadOnlyList<GraphNode> Nodes { get; }

    /// <summary>The relationships.</summary>
    public IReadOnlyList<GraphRelationship> Relationships { get; }

    /// <summary>The nodes by id.</summary>
    public IReadOnlyDictionary<string, GraphNode> NodesById { get; }

    /// <summary>The relationships by id.</summary>
    public IReadOnlyDictionary<string, GraphRelationship> RelationshipsById { get; }

    /// <summary>The graph of a validated document.</summary>
    public static SourceGraph From(StoredDocument document) => new(document.Id, document.Nodes, document.Relationships);

    /// <summary>Reads the JSON that <see cref="ToJson"/> wrote; throws <see cref="InvalidDataException"/> naming the document.</summary>
    public static SourceGraph Read(string id, string json)
    {
        try
        {
            using var document = JsonDocument.Parse(json);
            var root = document.RootElement;
            var nodes = root.GetProperty("nodes").EnumerateArray().Select(node => new GraphNode(
                node.GetProperty("id").GetString()!,
                [.. node.GetProperty("labels").EnumerateArray().Select(label => label.GetString()!)],
                PropertyValues.FromJson(node.GetProperty("properties").GetRawText()))).ToArray();
            var relationships = root.GetProperty("relationships").EnumerateArray().Select(relationship => new GraphRelationship(
                relationship.GetProperty("id").GetString()!,
                relationship.GetProperty("type").GetString()!,
                relationship.GetProperty("start").GetString()!,
                relationship.GetProperty("end").GetString()!,
                PropertyValues.FromJson(relationship.GetProperty("properties").GetRawText()))).ToArray();
            return new SourceGraph(id, nodes, relationships);
        }
        catch (Exception error) when (error is JsonException or KeyNotFoundException or InvalidOperationException or InvalidDataException)
        {
            throw new InvalidDataException($"the stored graph of document {id} in Neo4j is not readable: {error.Message}", error);
        }
    }

    /// <summary>The graph as compact export JSON (<see cref="GraphJsonWriter"/>), property values in canonical form (nulls kept).</summary>
    public string ToJson() => GraphJsonWriter.ToJson(new GraphExport(Nodes, Relationships), indented: false);
}
