namespace Gaoqing.Graph.Model;

/// <summary>A directed, typed relationship between two nodes, with its own properties and evidence.</summary>
public sealed record GraphRelationship(string Id, string Type, string Start, string End, IReadOnlyDictionary<string, object?> Properties);
