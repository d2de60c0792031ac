namespace Gaoqing.Graph.GraphQL.Language.Ast;

/// <summary>A definition or extension of the type system language.</summary>
public abstract class TypeSystemNode : DefinitionNode
{
    /// <summary>Directives applied.</summary>
    public required IReadOnlyList<DirectiveNode> Directives { get; init; }
}

/// <summary><c>schema @d { query: Q … }</c></summary>
public sealed class SchemaDefinitionNode : TypeSystemNode
{
    /// <summary>Description, if any.</summary>
    public StringValueNode? Description { get; init; }

    /// <summary>Root operation types.</summary>
    public required IReadOnlyList<OperationTypeDefinitionNode> OperationTypes { get; init; }

    /// <inheritdoc />
    public override NodeKind Kind => NodeKind.SchemaDefinition;

    /// <inheritdoc />
    public override void AddChildren(List<Node> sink)
    {
        Add(sink, Description);
        AddAll(sink, Directives);
        AddAll(sink, OperationTypes);
    }
}

/// <summary><c>query: TypeName</c> inside a schema definition.</summary>
public sealed class OperationTypeDefinitionNode : Node
{
    /// <summary>The operation.</summary>
    public required OperationType Operation { get; init; }

    /// <summary>The root type.</summary>
    public required NamedTypeNode Type { get; init; }

    /// <inheritdoc />
    public override NodeKind Kind => NodeKind.OperationTypeDefinition;

    /// <inheritdoc />
    public override void AddChildren(List<Node> sink) => sink.Add(Type);
}

/// <summary>A named type definition (scalar, object, interface, union, enum, input).</summary>
public abstract class TypeDefinitionNode : TypeSystemNode
{
    /// <summary>Description, if any.</summary>
    public StringValueNode? Description { get; init; }

    /// <summary>The type's name.</summary>
    public required NameNode Name { get; init; }
}

/// <summary><c>scalar Name @d</c></summary>
public sealed class ScalarTypeDefinitionNode : TypeDefinitionNode
{
    /// <inheritdoc />
    public override NodeKind Kind => NodeKind.ScalarTypeDefinition;

    /// <inheritdoc />
    public override void AddChildren(List<Node> sink)
    {
        Add(sink, Description);
        sink.Add(Name);
        AddAll(sink, Directives);
    }
}

/// <summary>An object or interface type definition.</summary>
public abstract class CompositeTypeDefinitionNode : TypeDefinitionNode
{
    /// <summary>Implemented interfaces.</summary>
    public required IReadOnlyList<NamedTypeNode> Interfaces { get; init; }

    /// <summary>Fields.</summary>
    public required IReadOnlyList<FieldDefinitionNode> Fields { get; init; }

    /// <inheritdoc />
    public override void AddChildren(List<Node> sink)
    {
        Add(sink, Description);
        sink.Add(Name);
        AddAll(sink, Interfaces);
        AddAll(sink, Directives);
        AddAll(sink, Fields);
    }
}

/// <summary><c>type Name implements I @d { … }</c></summary>
public sealed class ObjectTypeDefinitionNode : CompositeTypeDefinitionNode
{
    /// <inheritdoc />
    public override NodeKind Kind => NodeKind.ObjectTypeDefinition;
}

/// <summary><c>interface Name implements I @d { … }</c></summary>
public sealed class InterfaceTypeDefinitionNode : CompositeTypeDefinitionNode
{
    /// <inheritdoc />
    public override NodeKind Kind => NodeKind.InterfaceTypeDefinition;
}

/// <summary>A field of an object or interface type.</summary>
public sealed class FieldDefinitionNode : Node
{
    /// <summary>Description, if any.</summary>
    public StringValueNode? Description { get; init; }

    /// <summary>The field name.</summary>
    public required NameNode Name { get; init; }

    /// <summary>Argument definitions.</summary>
    public required IReadOnlyList<InputValueDefinitionNode> Arguments { get; init; }

    /// <summary>The field's type.</summary>
    public required TypeNode Type { get; init; }

    /// <summary>Directives applied.</summary>
    public required IReadOnlyList<DirectiveNode> Directives { get; init; }

    /// <inheritdoc />
    public override NodeKind Kind => NodeKind.FieldDefinition;

    /// <inheritdoc />
    public override void AddChildren(List<Node> sink)
    {
        Add(sink, Description);
        sink.Add(Name);
        AddAll(sink, Arguments);
        sink.Add(Type);
        AddAll(sink, Directives);
    }
}

/// <summary>An argument or input field definition: <c>name: Type = default @d</c>.</summary>
public sealed class InputValueDefinitionNode : Node
{
    /// <summary>Description, if any.</summary>
    public StringValueNode? Description { get; init; }

    /// <summary>The name.</summary>
    public required NameNode Name { get; init; }

    /// <summary>The input type.</summary>
    public required TypeNode Type { get; init; }

    /// <summary>The default value, if any.</summary>
    public ValueNode? DefaultValue { get; init; }

    /// <summary>Directives applied.</summary>
    public required IReadOnlyList<DirectiveNode> Directives { get; init; }

    /// <inheritdoc />
    public override NodeKind Kind => NodeKind.InputValueDefinition;

    /// <inheritdoc />
    public override void AddChildren(List<Node> sink)
    {
        Add(sink, Description);
        sink.Add(Name);
        sink.Add(Type);
        Add(sink, DefaultValue);
        AddAll(sink, Directives);
    }
}

/// <summary><c>union Name @d = A | B</c></summary>
public sealed class UnionTypeDefinitionNode : TypeDefinitionNode
{
    /// <summary>Member types.</summary>
    public required IReadOnlyList<NamedTypeNode> Types { get; init; }

    /// <inheritdoc />
    public override NodeKind Kind => NodeKind.UnionTypeDefinition;

    /// <inheritdoc />
    public override void AddChildren(List<Node> sink)
    {
        Add(sink, Description);
        sink.Add(Name);
        AddAll(sink, Directives);
        AddAll(sink, Types);
    }
}

/// <summary><c>enum Name @d { A B }</c></summary>
public sealed class EnumTypeDefinitionNode : TypeDefinitionNode
{
    /// <summary>The values.</summary>
    public required IReadOnlyList<EnumValueDefinitionNode> Values { get; init; }

    /// <inheritdoc />
    public override NodeKind Kind => NodeKind.EnumTypeDefinition;

    /// <inheritdoc />
    public override void AddChildren(List<Node> sink)
    {
        Add(sink, Description);
        sink.Add(Name);
        AddAll(sink, Directives);
        AddAll(sink, Values);
    }
}

/// <summary>One value of an enum definition.</summary>
public sealed class EnumValueDefinitionNode : Node
{
    /// <summary>Description, if any.</summary>
    public StringValueNode? Description { get; init; }

    /// <summary>The value's name.</summary>
    public required NameNode Name { get; init; }

    /// <summary>Directives applied.</summary>
    public required IReadOnlyList<DirectiveNode> Directives { get; init; }

    /// <inheritdoc />
    public override NodeKind Kind => NodeKind.EnumValueDefinition;

    /// <inheritdoc />
    public override void AddChildren(List<Node> sink)
    {
        Add(sink, Description);
        sink.Add(Name);
        AddAll(sink, Directives);
    }
}

/// <summary><c>input Name @d { … }</c></summary>
public sealed class InputObjectTypeDefinitionNode : TypeDefinitionNode
{
    /// <summary>Input fields.</summary>
    public required IReadOnlyList<InputValueDefinitionNode> Fields { get; init; }

    /// <inheritdoc />
    public override NodeKind Kind => NodeKind.InputObjectTypeDefinition;

    /// <inheritdoc />
    public override void AddChildren(List<Node> sink)
    {
        Add(sink, Description);
        sink.Add(Name);
        AddAll(sink, Directives);
        AddAll(sink, Fields);
    }
}

/// <summary><c>directive @name(args) repeatable on LOCATION | …</c></summary>
public sealed class DirectiveDefinitionNode : DefinitionNode
{
    /// <summary>Description, if any.</summary>
    public StringValueNode? Description { get; init; }

    /// <summary>The directive's name.</summary>
    public required NameNode Name { get; init; }

    /// <summary>Argument definitions.</summary>
    public required IReadOnlyList<InputValueDefinitionNode> Arguments { get; init; }

    /// <summary>Whether it may appear more than once at a location.</summary>
    public bool Repeatable { get; init; }

    /// <summary>Where it may appear.</summary>
    public required IReadOnlyList<NameNode> Locations { get; init; }

    /// <inheritdoc />
    public override NodeKind Kind => NodeKind.DirectiveDefinition;

    /// <inheritdoc />
    public override void AddChildren(List<Node> sink)
    {
        Add(sink, Description);
        sink.Add(Name);
        AddAll(sink, Arguments);
        AddAll(sink, Locations);
    }
}
