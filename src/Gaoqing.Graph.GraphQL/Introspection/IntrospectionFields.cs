using Gaoqing.Graph.GraphQL.Types;

namespace Gaoqing.Graph.GraphQL.Introspection;

/// <summary>The meta fields <c>__schema</c>, <c>__type</c> and <c>__typename</c>.</summary>
public static class IntrospectionFields
{
    /// <summary><c>__schema: __Schema!</c> on the query root.</summary>
    public static FieldDefinition Schema { get; } = new("__schema", new NonNullType(IntrospectionTypes.Schema))
    {
        Description = "Access the current type schema of this server.",
        Resolve = context => new ValueTask<object?>(context.Schema),
    };

    /// <summary><c>__type(name: String!): __Type</c> on the query root.</summary>
    public static FieldDefinition Type { get; } = new("__type", IntrospectionTypes.Type)
    {
        Description = "Request the type information of a single type.",
        Arguments = [new InputValueDefinition("name", new NonNullType(BuiltInScalars.String))],
        Resolve = context => new ValueTask<object?>(context.Schema.GetType((string)context.Arguments["name"]!)),
    };

    /// <summary><c>__typename: String!</c> on every object.</summary>
    public static FieldDefinition TypeName { get; } = new("__typename", new NonNullType(BuiltInScalars.String))
    {
        Description = "The name of the current Object type at runtime.",
        Resolve = context => new ValueTask<object?>(context.ParentType.Name),
    };
}
