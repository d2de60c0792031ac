namespace Gaoqing.Graph.GraphQL.Language.Ast;

/// <summary>The kinds of AST node; member names equal graphql-js's <c>Kind</c> values.</summary>
public enum NodeKind : byte
{
    /// <summary>A name.</summary>
    Name,
    /// <summary>A whole document.</summary>
    Document,
    /// <summary>An operation.</summary>
    OperationDefinition,
    /// <summary>A variable definition.</summary>
    VariableDefinition,
    /// <summary>A selection set.</summary>
    SelectionSet,
    /// <summary>A field selection.</summary>
    Field,
    /// <summary>An argument.</summary>
    Argument,
    /// <summary>A fragment spread.</summary>
    FragmentSpread,
    /// <summary>An inline fragment.</summary>
    InlineFragment,
    /// <summary>A fragment definition.</summary>
    FragmentDefinition,
    /// <summary>A variable reference.</summary>
    Variable,
    /// <summary>An integer literal.</summary>
    IntValue,
    /// <summary>A float literal.</summary>
    FloatValue,
    /// <summary>A string literal.</summary>
    StringValue,
    /// <summary>A boolean literal.</summary>
    BooleanValue,
    /// <summary>null.</summary>
    NullValue,
    /// <summary>An enum literal.</summary>
    EnumValue,
    /// <summary>A list literal.</summary>
    ListValue,
    /// <summary>An input object literal.</summary>
    ObjectValue,
    /// <summary>A field of an input object literal.</summary>
    ObjectField,
    /// <summary>A directive application.</summary>
    Directive,
    /// <summary>A named type reference.</summary>
    NamedType,
    /// <summary>A list type reference.</summary>
    ListType,
    /// <summary>A non-null type reference.</summary>
    NonNullType,
    /// <summary>A schema definition.</summary>
    SchemaDefinition,
    /// <summary>A root operation type in a schema definition.</summary>
    OperationTypeDefinition,
    /// <summary>A scalar definition.</summary>
    ScalarTypeDefinition,
    /// <summary>An object type definition.</summary>
    ObjectTypeDefinition,
    /// <summary>A field definition.</summary>
    FieldDefinition,
    /// <summary>An argument or input field definition.</summary>
    InputValueDefinition,
    /// <summary>An interface definition.</summary>
    InterfaceTypeDefinition,
    /// <summary>A union definition.</summary>
    UnionTypeDefinition,
    /// <summary>An enum definition.</summary>
    EnumTypeDefinition,
    /// <summary>An enum value definition.</summary>
    EnumValueDefinition,
    /// <summary>An input object definition.</summary>
    InputObjectTypeDefinition,
    /// <summary>A directive definition.</summary>
    DirectiveDefinition,
    /// <summary>A schema extension.</summary>
    SchemaExtension,
    /// <summary>A scalar extension.</summary>
    ScalarTypeExtension,
    /// <summary>An object type extension.</summary>
    ObjectTypeExtension,
    /// <summary>An interface extension.</summary>
    InterfaceTypeExtension,
    /// <summary>A union extension.</summary>
    UnionTypeExtension,
    /// <summary>An enum extension.</summary>
    EnumTypeExtension,
    /// <summary>An input object extension.</summary>
    InputObjectTypeExtension,
}

/// <summary>Where a node lies in its source: UTF-16 offsets [Start, End).</summary>
public sealed record Location(int Start, int End, Source Source)
{
    /// <summary>Line and column of <see cref="Start"/>.</summary>
    public SourceLocation StartLocation => Source.GetLocation(Start);
}

/// <summary>A node of the GraphQL abstract syntax tree.</summary>
public abstract class Node
{
    /// <summary>The node's kind.</summary>
    public abstract NodeKind Kind { get; }

    /// <summary>Where the node came from, or null for nodes built in code.</summary>
    public Location? Location { get; init; }

    /// <summary>Appends the node's children, in graphql-js visiting order, to <paramref name="sink"/>.</summary>
    public abstract void AddChildren(List<Node> sink);

    /// <summary>Adds a node to a sink when present.</summary>
    protected static void Add(List<Node> sink, Node? node)
    {
        if (node is not null)
        {
            sink.Add(node);
        }
    }

    /// <summary>Adds every node of a list to a sink.</summary>
    protected static void AddAll<T>(List<Node> sink, IReadOnlyList<T> nodes)
        where T : Node
    {
        for (var i = 0; i < nodes.Count; i++)
        {
            sink.Add(nodes[i]);
        }
    }

    /// <summary>The node printed as GraphQL text.</summary>
    public override string ToString() => Printer.Print(this);
}

/// <summary>A name (of a field, type, argument …).</summary>
public sealed class NameNode : Node
{
    /// <summary>The name text.</summary>
    public required string Value { get; init; }

    /// <inheritdoc />
    public override NodeKind Kind => NodeKind.Name;

    /// <inheritdoc />
    public override void AddChildren(List<Node> sink)
    {
    }
}

/// <summary>A directive applied somewhere: <c>@name(args)</c>.</summary>
public sealed class DirectiveNode : Node
{
    /// <summary>The directive's name.</summary>
    public required NameNode Name { get; init; }

    /// <summary>Its arguments.</summary>
    public required IReadOnlyList<ArgumentNode> Arguments { get; init; }

    /// <inheritdoc />
    public override NodeKind Kind => NodeKind.Directive;

    /// <inheritdoc />
    public override void AddChildren(List<Node> sink)
    {
        sink.Add(Name);
        AddAll(sink, Arguments);
    }
}

/// <summary>A whole GraphQL document.</summary>
public sealed class DocumentNode : Node
{
    /// <summary>The definitions in document order.</summary>
    public required IReadOnlyList<DefinitionNode> Definitions { get; init; }

    /// <inheritdoc />
    public override NodeKind Kind => NodeKind.Document;

    /// <inheritdoc />
    public override void AddChildren(List<Node> sink) => AddAll(sink, Definitions);
}

/// <summary>A top-level definition of a document.</summary>
public abstract class DefinitionNode : Node
{
}
