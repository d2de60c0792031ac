namespace Gaoqing.Graph.Answering.Linking;

/// <summary>What one written form can stand for: a kind, the canonical name, and the node (null when the graph lacks it).</summary>
public sealed record LexiconEntry(EntityKind Kind, string Name, string? NodeId);
