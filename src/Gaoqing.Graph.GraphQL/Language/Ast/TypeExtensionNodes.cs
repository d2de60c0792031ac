namespace Gaoqing.Graph.GraphQL.Language.Ast;

/// <summary><c>extend schema @d { … }</c></summary>
public sealed class SchemaExtensionNode : TypeSystemNode
{
    /// <summary>Added root operation types.</summary>
    public required IReadOnlyList<OperationTypeDefinitionNode> OperationTypes { get; init; }

    /// <inheritdoc />
    public override NodeKind Kind => NodeKind.SchemaExtension;

    /// <inheritdoc />
    public override void AddChildren(List<Node> sink)
    {
        AddAll(sink, Directives);
        AddAll(sink, OperationTypes);
    }
}

/// <summary>An extension of a named type.</summary>
public abstract class TypeExtensionNode : TypeSystemNode
{
    /// <summary>The extended type's name.</summary>
    public required NameNode Name { get; init; }
}

/// <summary><c>extend scalar Name @d</c></summary>
public sealed class ScalarTypeExtensionNode : TypeExtensionNode
{
    /// <inheritdoc />
    public override NodeKind Kind => NodeKind.ScalarTypeExtension;

    /// <inheritdoc />
    public override void AddChildren(List<Node> sink)
    {
        sink.Add(Name);
        AddAll(sink, Directives);
    }
}

/// <summary>An extension of an object or interface type.</summary>
public abstract class CompositeTypeExtensionNode : TypeExtensionNode
{
    /// <summary>Added interfaces.</summary>
    public required IReadOnlyList<NamedTypeNode> Interfaces { get; init; }

    /// <summary>Added fields.</summary>
    public required IReadOnlyList<FieldDefinitionNode> Fields { get; init; }

    /// <inheritdoc />
    public override void AddChildren(List<Node> sink)
    {
        sink.Add(Name);
        AddAll(sink, Interfaces);
        AddAll(sink, Directives);
        AddAll(sink, Fields);
    }
}

/// <summary><c>extend type Name …</c></summary>
public sealed class ObjectTypeExtensionNode : CompositeTypeExtensionNode
{
    /// <inheritdoc />
    public override NodeKind Kind => NodeKind.ObjectTypeExtension;
}

/// <summary><c>extend interface Name …</c></summary>
public sealed class InterfaceTypeExtensionNode : CompositeTypeExtensionNode
{
    /// <inheritdoc />
    public override NodeKind Kind => NodeKind.InterfaceTypeExtension;
}

/// <summary><c>extend union Name @d = A | B</c></summary>
public sealed class UnionTypeExtensionNode : TypeExtensionNode
{
    /// <summary>Added member types.</summary>
    public required IReadOnlyList<NamedTypeNode> Types { get; init; }

    /// <inheritdoc />
    public override NodeKind Kind => NodeKind.UnionTypeExtension;

    /// <inheritdoc />
    public override void AddChildren(List<Node> sink)
    {
        sink.Add(Name);
        AddAll(sink, Directives);
        AddAll(sink, Types);
    }
}

/// <summary><c>extend enum Name @d { … }</c></summary>
public sealed class EnumTypeExtensionNode : TypeExtensionNode
{
    /// <summary>Added values.</summary>
    public required IReadOnlyList<EnumValueDefinitionNode> Values { get; init; }

    /// <inheritdoc />
    public override NodeKind Kind => NodeKind.EnumTypeExtension;

    /// <inheritdoc />
    public override void AddChildren(List<Node> sink)
    {
        sink.Add(Name);
        AddAll(sink, Directives);
        AddAll(sink, Values);
    }
}

/// <summary><c>extend input Name @d { … }</c></summary>
public sealed class InputObjectTypeExtensionNode : TypeExtensionNode
{
    /// <summary>Added input fields.</summary>
    public required IReadOnlyList<InputValueDefinitionNode> Fields { get; init; }

    /// <inheritdoc />
    public override NodeKind Kind => NodeKind.InputObjectTypeExtension;

    /// <inheritdoc />
    public override void AddChildren(List<Node> sink)
    {
        sink.Add(Name);
        AddAll(sink, Directives);
        AddAll(sink, Fields);
    }
}
