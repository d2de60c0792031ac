using Gaoqing.Graph.GraphQL.Language;
using Gaoqing.Graph.GraphQL.Language.Ast;

namespace Gaoqing.Graph.GraphQL.Types;

/// <summary>Describes an input object while a schema is being built.</summary>
public sealed class InputObjectTypeBuilder
{
    internal InputObjectTypeBuilder(string name) => Name = name;

    internal string Name { get; }

    internal string? DescriptionText { get; private set; }

    internal bool OneOf { get; private set; }

    internal List<InputValueBuilder> Fields { get; } = [];

    internal InputObjectTypeDefinitionNode? Node { get; set; }

    /// <summary>Sets the description.</summary>
    public InputObjectTypeBuilder Description(string? description)
    {
        DescriptionText = description;
        return this;
    }

    /// <summary>Marks the input object <c>@oneOf</c>.</summary>
    public InputObjectTypeBuilder IsOneOf()
    {
        OneOf = true;
        return this;
    }

    /// <summary>Adds an input field.</summary>
    public InputObjectTypeBuilder Field(string name, string type, Action<InputValueBuilder>? configure = null) =>
        Field(name, Parser.ParseType(type), configure);

    internal InputObjectTypeBuilder Field(string name, TypeNode type, Action<InputValueBuilder>? configure)
    {
        var field = new InputValueBuilder(name, type);
        configure?.Invoke(field);
        Fields.Add(field);
        return this;
    }
}
