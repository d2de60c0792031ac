using Gaoqing.Graph.GraphQL.Language.Ast;

namespace Gaoqing.Graph.GraphQL.Types;

/// <summary>A leaf type with its own output serialization and input parsing (graphql-js <c>GraphQLScalarType</c>).</summary>
public sealed class ScalarType : NamedType
{
    /// <summary>
    /// Creates a scalar. <paramref name="serialize"/> turns a resolved value into a JSON-ready value,
    /// <paramref name="parseValue"/> coerces a variable value, <paramref name="parseLiteral"/> a literal
    /// (default: the literal's plain value passed to <paramref name="parseValue"/>). Each throws
    /// <see cref="GraphQLError"/> for values it cannot represent.
    /// </summary>
    public ScalarType(
        string name,
        Func<object?, object?>? serialize = null,
        Func<object?, object?>? parseValue = null,
        Func<ValueNode, IReadOnlyDictionary<string, object?>?, object?>? parseLiteral = null,
        string? description = null,
        string? specifiedByUrl = null)
        : base(name, description)
    {
        Serialize = serialize ?? (static value => value);
        ParseValue = parseValue ?? (static value => value);
        ParseLiteral = parseLiteral ?? ((node, variables) => ParseValue(UntypedValue.FromAst(node, variables)));
        SpecifiedByUrl = specifiedByUrl;
    }

    /// <summary>Turns a resolved value into a JSON-ready value.</summary>
    public Func<object?, object?> Serialize { get; }

    /// <summary>Coerces an input value given in variables.</summary>
    public Func<object?, object?> ParseValue { get; }

    /// <summary>Coerces a literal written in the document.</summary>
    public Func<ValueNode, IReadOnlyDictionary<string, object?>?, object?> ParseLiteral { get; }

    /// <summary>The URL of the scalar's specification (<c>@specifiedBy</c>).</summary>
    public string? SpecifiedByUrl { get; internal set; }
}
