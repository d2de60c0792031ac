namespace Gaoqing.Graph.GraphQL.Types;

/// <summary>An abstract type that is one of several object types.</summary>
public sealed class UnionType(string name, string? description = null) : NamedType(name, description)
{
    /// <summary>Member object types.</summary>
    public IReadOnlyList<ObjectType> Types { get; internal set; } = [];

    /// <summary>Names the concrete object type of a runtime value; null means the default.</summary>
    public Func<object?, ResolveTypeContext, string?>? ResolveType { get; internal set; }
}
