namespace Gaoqing.Graph.GraphQL.Types;

/// <summary>Places in a document or schema where a directive may appear.</summary>
public enum DirectiveLocation
{
    /// <summary>On a query operation.</summary>
    QUERY,
    /// <summary>On a mutation operation.</summary>
    MUTATION,
    /// <summary>On a subscription operation.</summary>
    SUBSCRIPTION,
    /// <summary>On a field selection.</summary>
    FIELD,
    /// <summary>On a fragment definition.</summary>
    FRAGMENT_DEFINITION,
    /// <summary>On a fragment spread.</summary>
    FRAGMENT_SPREAD,
    /// <summary>On an inline fragment.</summary>
    INLINE_FRAGMENT,
    /// <summary>On a variable definition.</summary>
    VARIABLE_DEFINITION,
    /// <summary>On the schema.</summary>
    SCHEMA,
    /// <summary>On a scalar.</summary>
    SCALAR,
    /// <summary>On an object type.</summary>
    OBJECT,
    /// <summary>On a field definition.</summary>
    FIELD_DEFINITION,
    /// <summary>On an argument definition.</summary>
    ARGUMENT_DEFINITION,
    /// <summary>On an interface.</summary>
    INTERFACE,
    /// <summary>On a union.</summary>
    UNION,
    /// <summary>On an enum.</summary>
    ENUM,
    /// <summary>On an enum value.</summary>
    ENUM_VALUE,
    /// <summary>On an input object.</summary>
    INPUT_OBJECT,
    /// <summary>On an input field definition.</summary>
    INPUT_FIELD_DEFINITION,
    /// <summary>On a directive definition.</summary>
    DIRECTIVE_DEFINITION,
}

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

/// <summary>The directives the specification defines: @include, @skip, @deprecated, @specifiedBy, @oneOf.</summary>
public static class BuiltInDirectives
{
    /// <summary>The default <c>reason</c> of <c>@deprecated</c>.</summary>
    public const string DefaultDeprecationReason = "No longer supported";

    /// <summary><c>@include(if: Boolean!)</c></summary>
    public static DirectiveDefinition Include { get; } = new(
        "include",
        [DirectiveLocation.FIELD, DirectiveLocation.FRAGMENT_SPREAD, DirectiveLocation.INLINE_FRAGMENT],
        [new InputValueDefinition("if", new NonNullType(BuiltInScalars.Boolean)) { Description = "Included when true." }],
        "Directs the executor to include this field or fragment only when the `if` argument is true.");

    /// <summary><c>@skip(if: Boolean!)</c></summary>
    public static DirectiveDefinition Skip { get; } = new(
        "skip",
        [DirectiveLocation.FIELD, DirectiveLocation.FRAGMENT_SPREAD, DirectiveLocation.INLINE_FRAGMENT],
        [new InputValueDefinition("if", new NonNullType(BuiltInScalars.Boolean)) { Description = "Skipped when true." }],
        "Directs the executor to skip this field or fragment when the `if` argument is true.");

    /// <summary><c>@deprecated(reason: String = "No longer supported")</c></summary>
    public static DirectiveDefinition Deprecated { get; } = new(
        "deprecated",
        [DirectiveLocation.FIELD_DEFINITION, DirectiveLocation.ARGUMENT_DEFINITION, DirectiveLocation.INPUT_FIELD_DEFINITION, DirectiveLocation.ENUM_VALUE, DirectiveLocation.DIRECTIVE_DEFINITION],
        [
            new InputValueDefinition("reason", BuiltInScalars.String)
            {
                Description = "Explains why this element was deprecated, usually also including a suggestion for how to access supported similar data. Formatted using the Markdown syntax, as specified by [CommonMark](https://commonmark.org/).",
                HasDefaultValue = true,
                DefaultValue = DefaultDeprecationReason,
            },
        ],
        "Marks an element of a GraphQL schema as no longer supported.");

    /// <summary><c>@specifiedBy(url: String!)</c></summary>
    public static DirectiveDefinition SpecifiedBy { get; } = new(
        "specifiedBy",
        [DirectiveLocation.SCALAR],
        [new InputValueDefinition("url", new NonNullType(BuiltInScalars.String)) { Description = "The URL that specifies the behavior of this scalar." }],
        "Exposes a URL that specifies the behavior of this scalar.");

    /// <summary><c>@oneOf</c></summary>
    public static DirectiveDefinition OneOf { get; } = new(
        "oneOf",
        [DirectiveLocation.INPUT_OBJECT],
        [],
        "Indicates exactly one field must be supplied and this field must not be `null`.");

    /// <summary>All five, in graphql-js order.</summary>
    public static IReadOnlyList<DirectiveDefinition> All { get; } = [Include, Skip, Deprecated, SpecifiedBy, OneOf];

    /// <summary>Whether a directive name is one of the specified directives.</summary>
    public static bool IsSpecified(string name) => name is "include" or "skip" or "deprecated" or "specifiedBy" or "oneOf";
}
