using Gaoqing.Graph.GraphQL.Types;

namespace Gaoqing.Graph.GraphQL.Introspection;

/// <summary>The descriptions of the introspection types, worded as in graphql-js 16.15 so introspection output matches.</summary>
internal static class IntrospectionTexts
{
    public const string Schema = "A GraphQL Schema defines the capabilities of a GraphQL server. It exposes all available types and directives on the server, as well as the entry points for query, mutation, and subscription operations.";

    public const string Directive = "A Directive provides a way to describe alternate runtime execution and type validation behavior in a GraphQL document.\n\nIn some cases, you need to provide options to alter GraphQL's execution behavior in ways field arguments will not suffice, such as conditionally including or skipping a field. Directives provide this by describing additional information to the executor.";

    public const string DirectiveLocation = "A Directive can be adjacent to many parts of the GraphQL language, a __DirectiveLocation describes one such possible adjacencies.";

    public const string Type = "The fundamental unit of any GraphQL Schema is the type. There are many kinds of types in GraphQL as represented by the `__TypeKind` enum.\n\nDepending on the kind of a type, certain fields describe information about that type. Scalar types provide no information beyond a name, description and optional `specifiedByURL`, while Enum types provide their values. Object and Interface types provide the fields they describe. Abstract types, Union and Interface, provide the Object types possible at runtime. List and NonNull types compose other types.";

    public const string Field = "Object and Interface types are described by a list of Fields, each of which has a name, potentially a list of arguments, and a return type.";

    public const string InputValue = "Arguments provided to Fields or Directives and the input fields of an InputObject are represented as Input Values which describe their type and optionally a default value.";

    public const string EnumValue = "One possible value for a given Enum. Enum values are unique values, not a placeholder for a string or numeric value. However an Enum value is returned in a JSON response as a string.";

    public const string TypeKind = "An enum describing what kind of type a given `__Type` is.";

    public static readonly (string Name, string Description)[] TypeKinds =
    [
        ("SCALAR", "Indicates this type is a scalar."),
        ("OBJECT", "Indicates this type is an object. `fields` and `interfaces` are valid fields."),
        ("INTERFACE", "Indicates this type is an interface. `fields`, `interfaces`, and `possibleTypes` are valid fields."),
        ("UNION", "Indicates this type is a union. `possibleTypes` is a valid field."),
        ("ENUM", "Indicates this type is an enum. `enumValues` is a valid field."),
        ("INPUT_OBJECT", "Indicates this type is an input object. `inputFields` is a valid field."),
        ("LIST", "Indicates this type is a list. `ofType` is a valid field."),
        ("NON_NULL", "Indicates this type is a non-null. `ofType` is a valid field."),
    ];

    public static string Location(Types.DirectiveLocation location) => location switch
    {
        Types.DirectiveLocation.QUERY => "Location adjacent to a query operation.",
        Types.DirectiveLocation.MUTATION => "Location adjacent to a mutation operation.",
        Types.DirectiveLocation.SUBSCRIPTION => "Location adjacent to a subscription operation.",
        Types.DirectiveLocation.FIELD => "Location adjacent to a field.",
        Types.DirectiveLocation.FRAGMENT_DEFINITION => "Location adjacent to a fragment definition.",
        Types.DirectiveLocation.FRAGMENT_SPREAD => "Location adjacent to a fragment spread.",
        Types.DirectiveLocation.INLINE_FRAGMENT => "Location adjacent to an inline fragment.",
        Types.DirectiveLocation.VARIABLE_DEFINITION => "Location adjacent to a variable definition.",
        Types.DirectiveLocation.SCHEMA => "Location adjacent to a schema definition.",
        Types.DirectiveLocation.SCALAR => "Location adjacent to a scalar definition.",
        Types.DirectiveLocation.OBJECT => "Location adjacent to an object type definition.",
        Types.DirectiveLocation.FIELD_DEFINITION => "Location adjacent to a field definition.",
        Types.DirectiveLocation.ARGUMENT_DEFINITION => "Location adjacent to an argument definition.",
        Types.DirectiveLocation.INTERFACE => "Location adjacent to an interface definition.",
        Types.DirectiveLocation.UNION => "Location adjacent to a union definition.",
        Types.DirectiveLocation.ENUM => "Location adjacent to an enum definition.",
        Types.DirectiveLocation.ENUM_VALUE => "Location adjacent to an enum value definition.",
        Types.DirectiveLocation.INPUT_OBJECT => "Location adjacent to an input object type definition.",
        Types.DirectiveLocation.INPUT_FIELD_DEFINITION => "Location adjacent to an input object field definition.",
        _ => "Location adjacent to a directive definition.",
    };
}
