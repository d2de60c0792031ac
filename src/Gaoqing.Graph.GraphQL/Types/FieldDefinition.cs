using Gaoqing.Graph.GraphQL.Execution;
using Gaoqing.Graph.GraphQL.Language.Ast;

namespace Gaoqing.Graph.GraphQL.Types;

/// <summary>A field of an object or interface type, with its arguments and resolver.</summary>
public sealed class FieldDefinition
{
    /// <summary>Creates a field definition.</summary>
    public FieldDefinition(string name, GraphQLType type)
    {
        Name = name;
        Type = type;
    }

    /// <summary>The field's name.</summary>
    public string Name { get; }

    /// <summary>The field's output type.</summary>
    public GraphQLType Type { get; internal set; }

    /// <summary>The field's description.</summary>
    public string? Description { get; internal set; }

    /// <summary>The reason given by <c>@deprecated</c>, or null when not deprecated.</summary>
    public string? DeprecationReason { get; internal set; }

    /// <summary>Argument definitions in declaration order.</summary>
    public IReadOnlyList<InputValueDefinition> Arguments { get; internal set; } = [];

    /// <summary>Computes the field's value; null means the default resolver (a property of the parent value).</summary>
    public Func<ResolveContext, ValueTask<object?>>? Resolve { get; internal set; }

    /// <summary>The SDL node, if built from SDL.</summary>
    public FieldDefinitionNode? AstNode { get; internal set; }

    /// <summary>Finds an argument by name.</summary>
    public InputValueDefinition? FindArgument(string name)
    {
        foreach (var argument in Arguments)
        {
            if (argument.Name == name)
            {
                return argument;
            }
        }
        return null;
    }
}
