using Gaoqing.Graph.GraphQL.Language.Ast;

namespace Gaoqing.Graph.GraphQL.Types;

/// <summary>An argument or an input object field: name, input type, optional default value.</summary>
public sealed class InputValueDefinition
{
    /// <summary>Creates an input value definition.</summary>
    public InputValueDefinition(string name, GraphQLType type)
    {
        Name = name;
        Type = type;
    }

    /// <summary>The name.</summary>
    public string Name { get; }

    /// <summary>The input type.</summary>
    public GraphQLType Type { get; internal set; }

    /// <summary>The description.</summary>
    public string? Description { get; internal set; }

    /// <summary>Whether a default value was declared.</summary>
    public bool HasDefaultValue { get; internal set; }

    /// <summary>The declared default value, already coerced to the input type.</summary>
    public object? DefaultValue { get; internal set; }

    /// <summary>The default value literal as written in SDL, if any.</summary>
    public ValueNode? DefaultValueNode { get; internal set; }

    /// <summary>The reason given by <c>@deprecated</c>, or null when not deprecated.</summary>
    public string? DeprecationReason { get; internal set; }

    /// <summary>The SDL node, if built from SDL.</summary>
    public InputValueDefinitionNode? AstNode { get; internal set; }
}
