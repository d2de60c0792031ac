namespace Gaoqing.Graph.GraphQL.Types;

/// <summary>Any GraphQL type: a named type or a list / non-null wrapper.</summary>
public abstract class GraphQLType
{
    /// <summary>The innermost named type.</summary>
    public abstract NamedType Named { get; }

    /// <summary>Whether values of this type may be inputs (scalars, enums, input objects and wrappers of them).</summary>
    public bool IsInputType => Named is ScalarType or EnumType or InputObjectType;

    /// <summary>Whether values of this type may be outputs (all but input objects).</summary>
    public bool IsOutputType => Named is not InputObjectType;

    /// <summary>The type as written in GraphQL, e.g. <c>[String!]!</c>.</summary>
    public abstract override string ToString();

    /// <summary>The nullable form of this type (unwraps one non-null).</summary>
    public GraphQLType Nullable => this is NonNullType nonNull ? nonNull.OfType : this;
}

/// <summary>A named type: scalar, object, interface, union, enum or input object.</summary>
public abstract class NamedType : GraphQLType
{
    /// <summary>Creates a named type.</summary>
    protected NamedType(string name, string? description)
    {
        Name = name;
        Description = description;
    }

    /// <summary>The type's name.</summary>
    public string Name { get; }

    /// <summary>The type's description, if any.</summary>
    public string? Description { get; internal set; }

    /// <summary>The SDL node this type was built from, if any.</summary>
    public Language.Ast.TypeDefinitionNode? AstNode { get; internal set; }

    /// <inheritdoc />
    public override NamedType Named => this;

    /// <inheritdoc />
    public override string ToString() => Name;
}

/// <summary><c>[T]</c></summary>
public sealed class ListType(GraphQLType ofType) : GraphQLType
{
    /// <summary>The item type.</summary>
    public GraphQLType OfType { get; } = ofType;

    /// <inheritdoc />
    public override NamedType Named => OfType.Named;

    /// <inheritdoc />
    public override string ToString() => "[" + OfType + "]";
}

/// <summary><c>T!</c></summary>
public sealed class NonNullType : GraphQLType
{
    /// <summary>Wraps a nullable type.</summary>
    public NonNullType(GraphQLType ofType)
    {
        if (ofType is NonNullType)
        {
            throw new ArgumentException("A non-null type cannot wrap a non-null type.", nameof(ofType));
        }
        OfType = ofType;
    }

    /// <summary>The nullable type wrapped.</summary>
    public GraphQLType OfType { get; }

    /// <inheritdoc />
    public override NamedType Named => OfType.Named;

    /// <inheritdoc />
    public override string ToString() => OfType + "!";
}
