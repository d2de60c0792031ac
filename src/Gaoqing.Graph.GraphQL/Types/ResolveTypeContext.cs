namespace Gaoqing.Graph.GraphQL.Types;

/// <summary>What a type resolver may look at besides the value.</summary>
public sealed record ResolveTypeContext(Schema Schema, NamedType AbstractType, object? UserContext);
