using Gaoqing.Graph.GraphQL.Execution;
using Gaoqing.Graph.GraphQL.Language;
using Gaoqing.Graph.GraphQL.Types;

namespace Gaoqing.Graph.GraphQL.Introspection;

/// <summary>The introspection types of the specification (<c>__Schema</c>, <c>__Type</c> …) with graphql-js 16.15's fields and descriptions.</summary>
public static class IntrospectionTypes
{
    static IntrospectionTypes()
    {
        Schema = new ObjectType("__Schema", IntrospectionTexts.Schema);
        Directive = new ObjectType("__Directive", IntrospectionTexts.Directive);
        DirectiveLocationEnum = new EnumType("__DirectiveLocation", IntrospectionTexts.DirectiveLocation);
        Type = new ObjectType("__Type", IntrospectionTexts.Type);
        Field = new ObjectType("__Field", IntrospectionTexts.Field);
        InputValue = new ObjectType("__InputValue", IntrospectionTexts.InputValue);
        EnumValue = new ObjectType("__EnumValue", IntrospectionTexts.EnumValue);
        TypeKind = new EnumType("__TypeKind", IntrospectionTexts.TypeKind);
        DirectiveLocationEnum.SetValues([.. Enum.GetValues<DirectiveLocation>().Select(l => new EnumValueDefinition(l.ToString(), l) { Description = IntrospectionTexts.Location(l) })]);
        TypeKind.SetValues([.. IntrospectionTexts.TypeKinds.Select(k => new EnumValueDefinition(k.Name, k.Name) { Description = k.Description })]);
        DefineSchema();
        DefineDirective();
        DefineType();
        DefineField();
        DefineInputValue();
        DefineEnumValue();
    }

    /// <summary><c>__Schema</c></summary>
    public static ObjectType Schema { get; }

    /// <summary><c>__Directive</c></summary>
    public static ObjectType Directive { get; }

    /// <summary><c>__DirectiveLocation</c></summary>
    public static EnumType DirectiveLocationEnum { get; }

    /// <summary><c>__Type</c></summary>
    public static ObjectType Type { get; }

    /// <summary><c>__Field</c></summary>
    public static ObjectType Field { get; }

    /// <summary><c>__InputValue</c></summary>
    public static ObjectType InputValue { get; }

    /// <summary><c>__EnumValue</c></summary>
    public static ObjectType EnumValue { get; }

    /// <summary><c>__TypeKind</c></summary>
    public static EnumType TypeKind { get; }

    /// <summary>Whether a type name belongs to an introspection type.</summary>
    public static bool IsIntrospectionType(string name) =>
        name is "__Schema" or "__Directive" or "__DirectiveLocation" or "__Type" or "__Field" or "__InputValue" or "__EnumValue" or "__TypeKind";

    private static GraphQLType NonNull(GraphQLType type) => new NonNullType(type);

    private static GraphQLType ListOfNonNull(GraphQLType type) => new ListType(new NonNullType(type));

    private static InputValueDefinition IncludeDeprecated(bool nonNull) =>
        new("includeDeprecated", nonNull ? NonNull(BuiltInScalars.Boolean) : BuiltInScalars.Boolean) { HasDefaultValue = true, DefaultValue = false };

    private static FieldDefinition F<TSource>(string name, GraphQLType type, Func<TSource, ResolveContext, object?> resolve, string? description = null, InputValueDefinition? argument = null) =>
        new(name, type)
        {
            Description = description,
            Arguments = argument is null ? [] : [argument],
            Resolve = context => new ValueTask<object?>(resolve((TSource)context.Source!, context)),
        };

    private static bool Include(ResolveContext context) => context.Arguments.TryGetValue("includeDeprecated", out var value) && value is true;

    private static IEnumerable<T> Filter<T>(IEnumerable<T> items, Func<T, string?> deprecation, ResolveContext context) =>
        Include(context) ? items : items.Where(item => deprecation(item) is null);

    private static void DefineSchema() => Schema.SetFields(
    [
        F<Schema>("description", BuiltInScalars.String, (s, _) => s.Description),
        F<Schema>("types", NonNull(ListOfNonNull(Type)), (s, _) => s.Types, "A list of all types supported by this server."),
        F<Schema>("queryType", NonNull(Type), (s, _) => s.Query, "The type that query operations will be rooted at."),
        F<Schema>("mutationType", Type, (s, _) => s.Mutation, "If this server supports mutation, the type that mutation operations will be rooted at."),
        F<Schema>("subscriptionType", Type, (s, _) => s.Subscription, "If this server support subscription, the type that subscription operations will be rooted at."),
        F<Schema>("directives", NonNull(ListOfNonNull(Directive)), (s, c) => Filter(s.Directives, d => d.DeprecationReason, c).ToList(), "A list of all directives supported by this server.", IncludeDeprecated(true)),
    ]);

    private static void DefineDirective() => Directive.SetFields(
    [
        F<DirectiveDefinition>("name", NonNull(BuiltInScalars.String), (d, _) => d.Name),
        F<DirectiveDefinition>("description", BuiltInScalars.String, (d, _) => d.Description),
        F<DirectiveDefinition>("isRepeatable", NonNull(BuiltInScalars.Boolean), (d, _) => d.IsRepeatable),
        F<DirectiveDefinition>("locations", NonNull(ListOfNonNull(DirectiveLocationEnum)), (d, _) => d.Locations),
        F<DirectiveDefinition>("args", NonNull(ListOfNonNull(InputValue)), (d, c) => Filter(d.Arguments, a => a.DeprecationReason, c).ToList(), null, IncludeDeprecated(false)),
        F<DirectiveDefinition>("isDeprecated", NonNull(BuiltInScalars.Boolean), (d, _) => d.DeprecationReason is not null),
        F<DirectiveDefinition>("deprecationReason", BuiltInScalars.String, (d, _) => d.DeprecationReason),
    ]);

    private static void DefineType() => Type.SetFields(
    [
        F<GraphQLType>("kind", NonNull(TypeKind), (t, _) => KindOf(t)),
        F<GraphQLType>("name", BuiltInScalars.String, (t, _) => (t as NamedType)?.Name),
        F<GraphQLType>("description", BuiltInScalars.String, (t, _) => (t as NamedType)?.Description),
        F<GraphQLType>("specifiedByURL", BuiltInScalars.String, (t, _) => (t as ScalarType)?.SpecifiedByUrl),
        F<GraphQLType>("fields", ListOfNonNull(Field), (t, c) => t is FieldsType f ? Filter(f.Fields, x => x.DeprecationReason, c).ToList() : null, null, IncludeDeprecated(false)),
        F<GraphQLType>("interfaces", ListOfNonNull(Type), (t, _) => (t as FieldsType)?.Interfaces),
        F<GraphQLType>("possibleTypes", ListOfNonNull(Type), (t, c) => t is InterfaceType or UnionType ? c.Schema.GetPossibleTypes((NamedType)t) : null),
        F<GraphQLType>("enumValues", ListOfNonNull(EnumValue), (t, c) => t is EnumType e ? Filter(e.Values, v => v.DeprecationReason, c).ToList() : null, null, IncludeDeprecated(false)),
        F<GraphQLType>("inputFields", ListOfNonNull(InputValue), (t, c) => t is InputObjectType i ? Filter(i.Fields, v => v.DeprecationReason, c).ToList() : null, null, IncludeDeprecated(false)),
        F<GraphQLType>("ofType", Type, (t, _) => t switch { ListType l => l.OfType, NonNullType n => n.OfType, _ => null }),
        F<GraphQLType>("isOneOf", BuiltInScalars.Boolean, (t, _) => t is InputObjectType i ? i.IsOneOf : null),
    ]);

    private static void DefineField() => Field.SetFields(
    [
        F<FieldDefinition>("name", NonNull(BuiltInScalars.String), (f, _) => f.Name),
        F<FieldDefinition>("description", BuiltInScalars.String, (f, _) => f.Description),
        F<FieldDefinition>("args", NonNull(ListOfNonNull(InputValue)), (f, c) => Filter(f.Arguments, a => a.DeprecationReason, c).ToList(), null, IncludeDeprecated(false)),
        F<FieldDefinition>("type", NonNull(Type), (f, _) => f.Type),
        F<FieldDefinition>("isDeprecated", NonNull(BuiltInScalars.Boolean), (f, _) => f.DeprecationReason is not null),
        F<FieldDefinition>("deprecationReason", BuiltInScalars.String, (f, _) => f.DeprecationReason),
    ]);

    private static void DefineInputValue() => InputValue.SetFields(
    [
        F<InputValueDefinition>("name", NonNull(BuiltInScalars.String), (v, _) => v.Name),
        F<InputValueDefinition>("description", BuiltInScalars.String, (v, _) => v.Description),
        F<InputValueDefinition>("type", NonNull(Type), (v, _) => v.Type),
        F<InputValueDefinition>("defaultValue", BuiltInScalars.String, (v, _) => PrintDefault(v), "A GraphQL-formatted string representing the default value for this input value."),
        F<InputValueDefinition>("isDeprecated", NonNull(BuiltInScalars.Boolean), (v, _) => v.DeprecationReason is not null),
        F<InputValueDefinition>("deprecationReason", BuiltInScalars.String, (v, _) => v.DeprecationReason),
    ]);

    private static void DefineEnumValue() => EnumValue.SetFields(
    [
        F<EnumValueDefinition>("name", NonNull(BuiltInScalars.String), (v, _) => v.Name),
        F<EnumValueDefinition>("description", BuiltInScalars.String, (v, _) => v.Description),
        F<EnumValueDefinition>("isDeprecated", NonNull(BuiltInScalars.Boolean), (v, _) => v.DeprecationReason is not null),
        F<EnumValueDefinition>("deprecationReason", BuiltInScalars.String, (v, _) => v.DeprecationReason),
    ]);

    /// <summary>The default value of an argument or input field printed as GraphQL, or null when it has none.</summary>
    public static string? PrintDefault(InputValueDefinition value) =>
        value.HasDefaultValue && AstFromValue.Convert(value.DefaultValue, value.Type) is { } node ? Printer.Print(node) : null;

    private static string KindOf(GraphQLType type) => type switch
    {
        ScalarType => "SCALAR",
        ObjectType => "OBJECT",
        InterfaceType => "INTERFACE",
        UnionType => "UNION",
        EnumType => "ENUM",
        InputObjectType => "INPUT_OBJECT",
        ListType => "LIST",
        _ => "NON_NULL",
    };
}
