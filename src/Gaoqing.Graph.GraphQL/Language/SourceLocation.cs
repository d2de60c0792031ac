namespace Gaoqing.Graph.GraphQL.Language;

/// <summary>A 1-based line and column in a source document.</summary>
public readonly record struct SourceLocation(int Line, int Column);
