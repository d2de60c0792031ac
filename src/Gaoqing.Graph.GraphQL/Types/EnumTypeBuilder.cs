using Gaoqing.Graph.GraphQL.Language.Ast;

namespace Gaoqing.Graph.GraphQL.Types;

/// <summary>Describes an enum while a schema is being built.</summary>
public sealed class EnumTypeBuilder
{
    internal EnumTypeBuilder(string name) => Name = name;

    internal string Name { get; }

    internal string? DescriptionText { get; private set; }

    internal List<(string Name, object? Value, string? Description, string? Deprecation)> Values { get; } = [];

    internal EnumTypeDefinitionNode? Node { get; set; }

    /// <summary>Sets the description.</summary>
    public EnumTypeBuilder Description(string? description)
    {
        DescriptionText = description;
        return this;
    }

    /// <summary>Adds a value; its internal value defaults to its name.</summary>
    public EnumTypeBuilder Value(string name, object? value = null, string? description = null, string? deprecationReason = null)
    {
        Values.Add((name, value ?? name, description, deprecationReason));
        return this;
    }
}
