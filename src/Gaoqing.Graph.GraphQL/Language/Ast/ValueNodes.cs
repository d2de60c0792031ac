namespace Gaoqing.Graph.GraphQL.Language.Ast;

/// <summary>An input value literal or a variable.</summary>
public abstract class ValueNode : Node
{
}

/// <summary><c>$name</c></summary>
public sealed class VariableNode : ValueNode
{
    /// <summary>The variable's name (without <c>$</c>).</summary>
    public required NameNode Name { get; init; }

    /// <inheritdoc />
    public override NodeKind Kind => NodeKind.Variable;

    /// <inheritdoc />
    public override void AddChildren(List<Node> sink) => sink.Add(Name);
}

/// <summary>A value node without children whose text is its value.</summary>
public abstract class LeafValueNode : ValueNode
{
    /// <inheritdoc />
    public override void AddChildren(List<Node> sink)
    {
    }
}

/// <summary>An integer literal, kept as text.</summary>
public sealed class IntValueNode : LeafValueNode
{
    /// <summary>The literal text.</summary>
    public required string Value { get; init; }

    /// <inheritdoc />
    public override NodeKind Kind => NodeKind.IntValue;
}

/// <summary>A float literal, kept as text.</summary>
public sealed class FloatValueNode : LeafValueNode
{
    /// <summary>The literal text.</summary>
    public required string Value { get; init; }

    /// <inheritdoc />
    public override NodeKind Kind => NodeKind.FloatValue;
}

/// <summary>A string or block string literal.</summary>
public sealed class StringValueNode : LeafValueNode
{
    /// <summary>The string's value (escapes resolved, block strings dedented).</summary>
    public required string Value { get; init; }

    /// <summary>Whether it was written as a block string.</summary>
    public bool Block { get; init; }

    /// <inheritdoc />
    public override NodeKind Kind => NodeKind.StringValue;
}

/// <summary><c>true</c> or <c>false</c>.</summary>
public sealed class BooleanValueNode : LeafValueNode
{
    /// <summary>The value.</summary>
    public required bool Value { get; init; }

    /// <inheritdoc />
    public override NodeKind Kind => NodeKind.BooleanValue;
}

/// <summary><c>null</c></summary>
public sealed class NullValueNode : LeafValueNode
{
    /// <inheritdoc />
    public override NodeKind Kind => NodeKind.NullValue;
}

/// <summary>An enum literal.</summary>
public sealed class EnumValueNode : LeafValueNode
{
    /// <summary>The enum value's name.</summary>
    public required string Value { get; init; }

    /// <inheritdoc />
    public override NodeKind Kind => NodeKind.EnumValue;
}

/// <summary><c>[a, b]</c></summary>
public sealed class ListValueNode : ValueNode
{
    /// <summary>The items.</summary>
    public required IReadOnlyList<ValueNode> Values { get; init; }

    /// <inheritdoc />
    public override NodeKind Kind => NodeKind.ListValue;

    /// <inheritdoc />
    public override void AddChildren(List<Node> sink) => AddAll(sink, Values);
}

/// <summary><c>{a: 1}</c></summary>
public sealed class ObjectValueNode : ValueNode
{
    /// <summary>The fields.</summary>
    public required IReadOnlyList<ObjectFieldNode> Fields { get; init; }

    /// <inheritdoc />
    public override NodeKind Kind => NodeKind.ObjectValue;

    /// <inheritdoc />
    public override void AddChildren(List<Node> sink) => AddAll(sink, Fields);
}

/// <summary>One <c>name: value</c> of an object literal.</summary>
public sealed class ObjectFieldNode : Node
{
    /// <summary>The field name.</summary>
    public required NameNode Name { get; init; }

    /// <summary>The field value.</summary>
    public required ValueNode Value { get; init; }

    /// <inheritdoc />
    public override NodeKind Kind => NodeKind.ObjectField;

    /// <inheritdoc />
    public override void AddChildren(List<Node> sink)
    {
        sink.Add(Name);
        sink.Add(Value);
    }
}
