using Gaoqing.Graph.GraphQL.Language;
using Gaoqing.Graph.GraphQL.Language.Ast;

namespace Gaoqing.Graph.GraphQL.Types;

/// <summary>Describes one argument or input field while a schema is being built.</summary>
public sealed class InputValueBuilder
{
    internal InputValueBuilder(string name, TypeNode type)
    {
        Name = name;
        Type = type;
    }

    internal string Name { get; }

    internal TypeNode Type { get; }

    internal string? DescriptionText { get; private set; }

    internal bool HasDefault { get; private set; }

    internal object? DefaultValue { get; private set; }

    internal ValueNode? DefaultLiteral { get; private set; }

    internal string? Deprecation { get; private set; }

    internal InputValueDefinitionNode? Node { get; set; }

    /// <summary>Sets the description.</summary>
    public InputValueBuilder Description(string? description)
    {
        DescriptionText = description;
        return this;
    }

    /// <summary>Sets a default given as a .NET value of the input type's internal representation.</summary>
    public InputValueBuilder Default(object? value)
    {
        HasDefault = true;
        DefaultValue = value;
        DefaultLiteral = null;
        return this;
    }

    /// <summary>Sets a default given as a GraphQL literal, e.g. <c>"[1, 2]"</c> or <c>"{a: RED}"</c>.</summary>
    public InputValueBuilder DefaultLiteralText(string literal) => DefaultNode(Parser.ParseValue(literal));

    internal InputValueBuilder DefaultNode(ValueNode literal)
    {
        HasDefault = true;
        DefaultLiteral = literal;
        return this;
    }

    /// <summary>Marks the argument or input field deprecated.</summary>
    public InputValueBuilder Deprecated(string reason = BuiltInDirectives.DefaultDeprecationReason)
    {
        Deprecation = reason;
        return this;
    }
}
