namespace Gaoqing.Graph.GraphQL.Language.Ast;

/// <summary>A type reference: named, list or non-null.</summary>
public abstract class TypeNode : Node
{
}

/// <summary>A reference to a type by name.</summary>
public sealed class NamedTypeNode : TypeNode
{
    /// <summary>The type's name.</summary>
    public required NameNode Name { get; init; }

    /// <inheritdoc />
    public override NodeKind Kind => NodeKind.NamedType;

    /// <inheritdoc />
    public override void AddChildren(List<Node> sink) => sink.Add(Name);
}

/// <summary><c>[Type]</c></summary>
public sealed class ListTypeNode : TypeNode
{
    /// <summary>The item type.</summary>
    public required TypeNode Type { get; init; }

    /// <inheritdoc />
    public override NodeKind Kind => NodeKind.ListType;

    /// <inheritdoc />
    public override void AddChildren(List<Node> sink) => sink.Add(Type);
}

/// <summary><c>Type!</c></summary>
public sealed class NonNullTypeNode : TypeNode
{
    /// <summary>The nullable type wrapped.</summary>
    public required TypeNode Type { get; init; }

    /// <inheritdoc />
    public override NodeKind Kind => NodeKind.NonNullType;

    /// <inheritdoc />
    public override void AddChildren(List<Node> sink) => sink.Add(Type);
}
