namespace Gaoqing.Graph.GraphQL.Types;

/// <summary>A directive a schema supports: name, arguments, locations, repeatability.</summary>
public sealed class DirectiveDefinition
{
    /// <summary>Creates a directive definition.</summary>
    public DirectiveDefinition(string name, IReadOnlyList<DirectiveLocation> locations, IReadOnlyList<InputValueDefinition>? arguments = null, string? description = null, bool isRepeatable = false)
    {
        Name = name;
        Locations = locations;
        Arguments = arguments ?? [];
        Description = description;
        IsRepeatable = isRepeatable;
    }

    /// <summary>The name, without <c>@</c>.</summary>
    public string Name { get; }

    /// <summary>The description.</summary>
    public string? Description { get; }

    /// <summary>Where the directive may appear.</summary>
    public IReadOnlyList<DirectiveLocation> Locations { get; }

    /// <summary>Argument definitions.</summary>
    public IReadOnlyList<InputValueDefinition> Arguments { get; internal set; }

    /// <summary>Whether the directive may appear more than once at one location.</summary>
    public bool IsRepeatable { get; }

    /// <summary>The reason given by <c>@deprecated</c>, or null.</summary>
    public string? DeprecationReason { get; internal set; }

    /// <summary>The SDL node, if built from SDL.</summary>
    public Language.Ast.DirectiveDefinitionNode? AstNode { get; internal set; }

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
