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
