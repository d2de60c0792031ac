namespace Gaoqing.Graph.GraphQL.Types;

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
