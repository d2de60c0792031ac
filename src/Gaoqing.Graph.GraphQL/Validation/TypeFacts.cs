using Gaoqing.Graph.GraphQL.Introspection;
using Gaoqing.Graph.GraphQL.Language.Ast;
using Gaoqing.Graph.GraphQL.Types;

namespace Gaoqing.Graph.GraphQL.Validation;

/// <summary>Questions the validation rules ask of the type system, answered as graphql-js's type predicates and comparators do.</summary>
internal static class TypeFacts
{
    public static GraphQLType? Named(GraphQLType? type) => type?.Named;

    public static GraphQLType? Nullable(GraphQLType? type) => type?.Nullable;

    public static bool IsComposite(GraphQLType? type) => type is ObjectType or InterfaceType or UnionType;

    public static bool IsAbstract(GraphQLType? type) => type is InterfaceType or UnionType;

    public static bool IsLeaf(GraphQLType? type) => type is ScalarType or EnumType;

    public static bool IsInput(GraphQLType? type) => type is not null && type.IsInputType;

    public static bool IsOutput(GraphQLType? type) => type is not null && type.IsOutputType;

    public static bool IsList(GraphQLType? type) => type?.Nullable is ListType;

    public static bool IsOneOf(InputObjectType type) => type.IsOneOf;

    public static string Print(GraphQLType type) => type.ToString();

    public static bool HasDefault(InputValueDefinition value) => value.HasDefaultValue;

    /// <summary>graphql-js isRequiredArgument / isRequiredInputField: non-null and without a default.</summary>
    public static bool IsRequired(InputValueDefinition value) => value.Type is NonNullType && !value.HasDefaultValue;

    public static IReadOnlyList<InputValueDefinition> ArgumentsOf(FieldDefinition field) => field.Arguments;

    public static IReadOnlyList<InputValueDefinition> ArgumentsOf(DirectiveDefinition directive) => directive.Arguments;

    public static IReadOnlyList<InputValueDefinition> InputFieldsOf(InputObjectType type) => type.Fields;

    public static InputValueDefinition? InputFieldOf(InputObjectType type, string name) => type.FindField(name);

    public static IEnumerable<string> LocationNames(DirectiveDefinition directive) => directive.Locations.Select(l => l.ToString());

    public static IEnumerable<string> TypeNames(Schema schema) => schema.Types.Select(t => t.Name);

    public static IEnumerable<string> FieldNames(GraphQLType type) => type is FieldsType fields ? fields.Fields.Select(f => f.Name) : [];

    public static IReadOnlyList<InterfaceType> InterfacesOf(GraphQLType type) => type is FieldsType fields ? fields.Interfaces : [];

    public static IReadOnlyList<ObjectType> PossibleTypes(Schema schema, GraphQLType abstractType) =>
        abstractType is NamedType named ? schema.GetPossibleTypes(named) : [];

    public static ObjectType? RootType(Schema schema, OperationType operation) => schema.GetRootType(operation);

    /// <summary>The field a selection names on a parent type, including the meta fields <c>__typename</c>, <c>__schema</c> and <c>__type</c>.</summary>
    public static FieldDefinition? FieldOf(Schema schema, GraphQLType parent, string name, bool includeMeta = true)
    {
        if (includeMeta && name.StartsWith("__", StringComparison.Ordinal))
        {
            if (name == "__typename" && IsComposite(parent))
            {
                return IntrospectionFields.TypeName;
            }
            if (ReferenceEquals(parent, schema.Query) && name == "__schema")
            {
                return IntrospectionFields.Schema;
            }
            if (ReferenceEquals(parent, schema.Query) && name == "__type")
            {
                return IntrospectionFields.Type;
            }
        }
        return parent is FieldsType fields ? fields.FindField(name) : null;
    }

    /// <summary>The type a type reference names, or null when a named type is not in the schema.</summary>
    public static GraphQLType? FromAst(Schema schema, TypeNode node) => node switch
    {
        NamedTypeNode named => schema.GetType(named.Name.Value),
        ListTypeNode list => FromAst(schema, list.Type) is { } item ? new ListType(item) : null,
        NonNullTypeNode nonNull => FromAst(schema, nonNull.Type) is { } inner && inner is not NonNullType ? new NonNullType(inner) : null,
        _ => null,
    };

    /// <summary>graphql-js isSubType: a possible type of an abstract type, or an interface implementing it.</summary>
    public static bool IsSubType(Schema schema, GraphQLType abstractType, GraphQLType maybeSub)
    {
        if (abstractType is not NamedType named)
        {
            return false;
        }
        return maybeSub switch
        {
            ObjectType obj => schema.IsPossibleType(named, obj),
            InterfaceType iface => abstractType is InterfaceType target && iface.Interfaces.Contains(target),
            _ => false,
        };
    }

    /// <summary>graphql-js isTypeSubTypeOf: may a value of <paramref name="maybeSub"/> be used where <paramref name="super"/> is expected.</summary>
    public static bool IsTypeSubTypeOf(Schema schema, GraphQLType maybeSub, GraphQLType super)
    {
        while (true)
        {
            if (SameType(maybeSub, super))
            {
                return true;
            }
            if (super is NonNullType superNonNull)
            {
                if (maybeSub is not NonNullType subNonNull)
                {
                    return false;
                }
                (maybeSub, super) = (subNonNull.OfType, superNonNull.OfType);
                continue;
            }
            if (maybeSub is NonNullType nonNull)
            {
                maybeSub = nonNull.OfType;
                continue;
            }
            if (super is ListType superList)
            {
                if (maybeSub is not ListType subList)
                {
                    return false;
                }
                (maybeSub, super) = (subList.OfType, superList.OfType);
                continue;
            }
            if (maybeSub is ListType)
            {
                return false;
            }
            return IsAbstract(super) && (maybeSub is InterfaceType or ObjectType) && IsSubType(schema, super, maybeSub);
        }
    }

    /// <summary>graphql-js doTypesOverlap: could some object be of both composite types.</summary>
    public static bool DoTypesOverlap(Schema schema, GraphQLType a, GraphQLType b)
    {
        if (ReferenceEquals(a, b))
        {
            return true;
        }
        if (IsAbstract(a))
        {
            if (IsAbstract(b))
            {
                return PossibleTypes(schema, a).Any(t => IsSubType(schema, b, t));
            }
            return IsSubType(schema, a, b);
        }
        return IsAbstract(b) && IsSubType(schema, b, a);
    }

    /// <summary>Whether two type references denote the same type (wrappers compared structurally).</summary>
    public static bool SameType(GraphQLType a, GraphQLType b) => (a, b) switch
    {
        (ListType x, ListType y) => SameType(x.OfType, y.OfType),
        (NonNullType x, NonNullType y) => SameType(x.OfType, y.OfType),
        _ => ReferenceEquals(a, b),
    };

    /// <summary>Why a literal cannot be coerced to a leaf type, as graphql-js's parseLiteral reports it; null when it can.</summary>
    public static GraphQLError? LiteralError(GraphQLType leafType, ValueNode node, string expected)
    {
        switch (leafType)
        {
            case EnumType enumType:
                return EnumLiteralError(enumType, node);
            case ScalarType scalar:
                try
                {
                    scalar.ParseLiteral(node, null);
                    return null;
                }
                catch (GraphQLError error)
                {
                    return error;
                }
                catch (Exception exception) when (exception is FormatException or OverflowException or ArgumentException or InvalidOperationException)
                {
                    return GraphQLError.At(expected + "; " + exception.Message, [node]);
                }
            default:
                return null;
        }
    }

    private static GraphQLError? EnumLiteralError(EnumType type, ValueNode node)
    {
        var text = Language.Printer.Print(node);
        var names = type.Values.Select(v => v.Name);
        if (node is not EnumValueNode enumValue)
        {
            return GraphQLError.At(
                $"Enum \"{type.Name}\" cannot represent non-enum value: {text}." + Suggestions.DidYouMean(Suggestions.List(text, names), "the enum value"),
                [node]);
        }
        return type.FindValue(enumValue.Value) is null
            ? GraphQLError.At($"Value \"{text}\" does not exist in \"{type.Name}\" enum." + Suggestions.DidYouMean(Suggestions.List(text, names), "the enum value"), [node])
            : null;
    }
}
