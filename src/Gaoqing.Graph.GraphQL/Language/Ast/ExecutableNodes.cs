namespace Gaoqing.Graph.GraphQL.Language.Ast;

/// <summary>The three kinds of operation.</summary>
public enum OperationType : byte
{
    /// <summary>A read-only fetch.</summary>
    Query,
    /// <summary>A write followed by a fetch.</summary>
    Mutation,
    /// <summary>A long-lived request.</summary>
    Subscription,
}

/// <summary>An operation or fragment definition.</summary>
public abstract class ExecutableDefinitionNode : DefinitionNode
{
    /// <summary>Description, if any (graphql-js 16.15 accepts descriptions on operations and fragments).</summary>
    public StringValueNode? Description { get; init; }

    /// <summary>Directives on the definition.</summary>
    public required IReadOnlyList<DirectiveNode> Directives { get; init; }

    /// <summary>The selections.</summary>
    public required SelectionSetNode SelectionSet { get; init; }
}

/// <summary>An operation: <c>query Name($v: T) @d { … }</c>.</summary>
public sealed class OperationDefinitionNode : ExecutableDefinitionNode
{
    /// <summary>query, mutation or subscription.</summary>
    public required OperationType Operation { get; init; }

    /// <summary>The operation name, or null when anonymous.</summary>
    public NameNode? Name { get; init; }

    /// <summary>Declared variables.</summary>
    public required IReadOnlyList<VariableDefinitionNode> VariableDefinitions { get; init; }

    /// <inheritdoc />
    public override NodeKind Kind => NodeKind.OperationDefinition;

    /// <inheritdoc />
    public override void AddChildren(List<Node> sink)
    {
        Add(sink, Description);
        Add(sink, Name);
        AddAll(sink, VariableDefinitions);
        AddAll(sink, Directives);
        sink.Add(SelectionSet);
    }
}

/// <summary>A variable declaration: <c>$name: Type = default @d</c>.</summary>
public sealed class VariableDefinitionNode : Node
{
    /// <summary>Description, if any.</summary>
    public StringValueNode? Description { get; init; }

    /// <summary>The variable.</summary>
    public required VariableNode Variable { get; init; }

    /// <summary>Its type.</summary>
    public required TypeNode Type { get; init; }

    /// <summary>Its default value, if any.</summary>
    public ValueNode? DefaultValue { get; init; }

    /// <summary>Directives on the definition.</summary>
    public required IReadOnlyList<DirectiveNode> Directives { get; init; }

    /// <inheritdoc />
    public override NodeKind Kind => NodeKind.VariableDefinition;

    /// <inheritdoc />
    public override void AddChildren(List<Node> sink)
    {
        Add(sink, Description);
        sink.Add(Variable);
        sink.Add(Type);
        Add(sink, DefaultValue);
        AddAll(sink, Directives);
    }
}

/// <summary><c>{ selection … }</c></summary>
public sealed class SelectionSetNode : Node
{
    /// <summary>The selections in order.</summary>
    public required IReadOnlyList<SelectionNode> Selections { get; init; }

    /// <inheritdoc />
    public override NodeKind Kind => NodeKind.SelectionSet;

    /// <inheritdoc />
    public override void AddChildren(List<Node> sink) => AddAll(sink, Selections);
}

/// <summary>A field, fragment spread or inline fragment.</summary>
public abstract class SelectionNode : Node
{
    /// <summary>Directives on the selection.</summary>
    public required IReadOnlyList<DirectiveNode> Directives { get; init; }
}

/// <summary>A field selection: <c>alias: name(args) @d { … }</c>.</summary>
public sealed class FieldNode : SelectionNode
{
    /// <summary>The alias, if any.</summary>
    public NameNode? Alias { get; init; }

    /// <summary>The field name.</summary>
    public required NameNode Name { get; init; }

    /// <summary>Arguments.</summary>
    public required IReadOnlyList<ArgumentNode> Arguments { get; init; }

    /// <summary>Sub-selections, or null for a leaf.</summary>
    public SelectionSetNode? SelectionSet { get; init; }

    /// <summary>The key under which the field appears in the response (alias or name).</summary>
    public string ResponseKey => (Alias ?? Name).Value;

    /// <inheritdoc />
    public override NodeKind Kind => NodeKind.Field;

    /// <inheritdoc />
    public override void AddChildren(List<Node> sink)
    {
        Add(sink, Alias);
        sink.Add(Name);
        AddAll(sink, Arguments);
        AddAll(sink, Directives);
        Add(sink, SelectionSet);
    }
}

/// <summary>An argument: <c>name: value</c>.</summary>
public sealed class ArgumentNode : Node
{
    /// <summary>The argument name.</summary>
    public required NameNode Name { get; init; }

    /// <summary>The argument value.</summary>
    public required ValueNode Value { get; init; }

    /// <inheritdoc />
    public override NodeKind Kind => NodeKind.Argument;

    /// <inheritdoc />
    public override void AddChildren(List<Node> sink)
    {
        sink.Add(Name);
        sink.Add(Value);
    }
}

/// <summary><c>...Name @d</c></summary>
public sealed class FragmentSpreadNode : SelectionNode
{
    /// <summary>The fragment's name.</summary>
    public required NameNode Name { get; init; }

    /// <inheritdoc />
    public override NodeKind Kind => NodeKind.FragmentSpread;

    /// <inheritdoc />
    public override void AddChildren(List<Node> sink)
    {
        sink.Add(Name);
        AddAll(sink, Directives);
    }
}

/// <summary><c>... on Type @d { … }</c></summary>
public sealed class InlineFragmentNode : SelectionNode
{
    /// <summary>The type condition, if any.</summary>
    public NamedTypeNode? TypeCondition { get; init; }

    /// <summary>The selections.</summary>
    public required SelectionSetNode SelectionSet { get; init; }

    /// <inheritdoc />
    public override NodeKind Kind => NodeKind.InlineFragment;

    /// <inheritdoc />
    public override void AddChildren(List<Node> sink)
    {
        Add(sink, TypeCondition);
        AddAll(sink, Directives);
        sink.Add(SelectionSet);
    }
}

/// <summary><c>fragment Name on Type @d { … }</c></summary>
public sealed class FragmentDefinitionNode : ExecutableDefinitionNode
{
    /// <summary>The fragment's name.</summary>
    public required NameNode Name { get; init; }

    /// <summary>The type condition.</summary>
    public required NamedTypeNode TypeCondition { get; init; }

    /// <inheritdoc />
    public override NodeKind Kind => NodeKind.FragmentDefinition;

    /// <inheritdoc />
    public override void AddChildren(List<Node> sink)
    {
        Add(sink, Description);
        sink.Add(Name);
        sink.Add(TypeCondition);
        AddAll(sink, Directives);
        sink.Add(SelectionSet);
    }
}
