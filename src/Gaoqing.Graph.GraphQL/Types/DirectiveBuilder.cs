using Gaoqing.Graph.GraphQL.Language;
using Gaoqing.Graph.GraphQL.Language.Ast;

namespace Gaoqing.Graph.GraphQL.Types;

/// <summary>Describes a custom directive while a schema is being built.</summary>
public sealed class DirectiveBuilder
{
    internal DirectiveBuilder(string name, IReadOnlyList<DirectiveLocation> locations)
    {
        Name = name;
        Locations = locations;
    }

    internal string Name { get; }

    internal IReadOnlyList<DirectiveLocation> Locations { get; }

    internal string? DescriptionText { get; private set; }

    internal bool IsRepeatable { get; private set; }

    internal List<InputValueBuilder> Arguments { get; } = [];

    internal DirectiveDefinitionNode? Node { get; set; }

    /// <summary>Sets the description.</summary>
    public DirectiveBuilder Description(string? description)
    {
        DescriptionText = description;
        return this;
    }

    /// <summary>Allows the directive more than once at one location.</summary>
    public DirectiveBuilder Repeatable()
    {
        IsRepeatable = true;
        return this;
    }

    /// <summary>Adds an argument; <paramref name="type"/> is written in GraphQL, e.g. <c>"String!"</c>.</summary>
    public DirectiveBuilder Argument(string name, string type, Action<InputValueBuilder>? configure = null) =>
        Argument(name, Parser.ParseType(type), configure);

    internal DirectiveBuilder Argument(string name, TypeNode type, Action<InputValueBuilder>? configure)
    {
        var argument = new InputValueBuilder(name, type);
        configure?.Invoke(argument);
        Arguments.Add(argument);
        return this;
    }
}
