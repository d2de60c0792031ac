namespace Gaoqing.Graph.GraphQL.Types;

/// <summary>Type equality and subtyping of the specification (graphql-js <c>isEqualType</c>, <c>isTypeSubTypeOf</c>).</summary>
public static class TypeComparators
{
    /// <summary>Whether two type references denote the same type.</summary>
    public static bool IsEqualType(GraphQLType a, GraphQLType b) => (a, b) switch
    {
        (NonNullType x, NonNullType y) => IsEqualType(x.OfType, y.OfType),
        (ListType x, ListType y) => IsEqualType(x.OfType, y.OfType),
        (NamedType x, NamedType y) => ReferenceEquals(x, y),
        _ => false,
    };

    /// <summary>Whether a value of <paramref name="maybeSubType"/> is always a valid <paramref name="superType"/>.</summary>
    public static bool IsSubType(Schema schema, GraphQLType maybeSubType, GraphQLType superType)
    {
        if (IsEqualType(maybeSubType, superType))
        {
            return true;
        }
        if (superType is NonNullType superNonNull)
        {
            return maybeSubType is NonNullType subNonNull && IsSubType(schema, subNonNull.OfType, superNonNull.OfType);
        }
        if (maybeSubType is NonNullType nonNull)
        {
            return IsSubType(schema, nonNull.OfType, superType);
        }
        if (superType is ListType superList)
        {
            return maybeSubType is ListType subList && IsSubType(schema, subList.OfType, superList.OfType);
        }
        if (maybeSubType is ListType)
        {
            return false;
        }
        return superType is InterfaceType or UnionType && IsAbstractSubType(schema, (NamedType)superType, maybeSubType);
    }

    /// <summary>Whether an object or interface type is a possible type (or implementation) of an abstract type.</summary>
    public static bool IsAbstractSubType(Schema schema, NamedType abstractType, GraphQLType maybeSubType) => maybeSubType switch
    {
        ObjectType objectType => schema.IsPossibleType(abstractType, objectType),
        InterfaceType interfaceType => abstractType is InterfaceType && interfaceType.Interfaces.Contains(abstractType),
        _ => false,
    };
}
