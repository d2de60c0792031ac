namespace Gaoqing.Graph.Extraction;

/// <summary>A value read from the document together with the span it was read from.</summary>
public sealed record TextField(string Value, Span Span);
