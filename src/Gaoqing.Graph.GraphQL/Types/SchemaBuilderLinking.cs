using Gaoqing.Graph.GraphQL.Execution;
using Gaoqing.Graph.GraphQL.Language.Ast;

namespace Gaoqing.Graph.GraphQL.Types;

/// <summary>Turns the drafts of a <see cref="SchemaBuilder"/> into linked type objects.</summary>
public sealed partial class SchemaBuilder
{
    /// <summary>Links every type reference and returns the schema without checking the type system rules.</summary>
    public Schema BuildUnvalidated()
    {
        var types = new Dictionary<string, NamedType>(StringComparer.Ordinal);
        foreach (var scalar in BuiltInScalars.All)
        {
            types[scalar.Name] = scalar;
        }
        var declared = new List<NamedType>();
        var pendingDefaults = new List<InputValueDefinition>();
        foreach (var definition in _definitions)
        {
            NamedType type = definition switch
            {
                ScalarType scalar => scalar,
                FieldsTypeBuilder { IsInterface: true } b => new InterfaceType(b.Name, b.DescriptionText) { AstNode = b.Node, ResolveType = b.TypeResolver },
                FieldsTypeBuilder b => new ObjectType(b.Name, b.DescriptionText) { AstNode = b.Node, IsTypeOf = b.TypeTest },
                UnionDraft u => new UnionType(u.Name, u.Description) { AstNode = u.Node, ResolveType = u.ResolveType },
                EnumTypeBuilder e => new EnumType(e.Name, e.DescriptionText) { AstNode = e.Node },
                InputObjectTypeBuilder i => new InputObjectType(i.Name, i.DescriptionText) { AstNode = i.Node, IsOneOf = i.OneOf },
                _ => throw new InvalidOperationException("Unknown draft."),
            };
            types[type.Name] = type;
            declared.Add(type);
        }
        foreach (var definition in _definitions)
        {
            switch (definition)
            {
                case FieldsTypeBuilder b:
                    LinkFields((FieldsType)types[b.Name], b, types, pendingDefaults);
                    break;
                case UnionDraft u:
                    ((UnionType)types[u.Name]).Types = [.. u.Members.Select(m => Resolve(m, types) as ObjectType ?? throw new GraphQLError($"Union type {u.Name} can only include Object types, it cannot include {m}."))];
                    break;
                case EnumTypeBuilder e:
                    ((EnumType)types[e.Name]).SetValues([.. e.Values.Select(v => new EnumValueDefinition(v.Name, v.Value) { Description = v.Description, DeprecationReason = v.Deprecation })]);
                    break;
                case InputObjectTypeBuilder i:
                    ((InputObjectType)types[i.Name]).SetFields([.. i.Fields.Select(f => LinkInputValue(f, types, pendingDefaults))]);
                    break;
            }
        }
        var directives = new List<DirectiveDefinition>();
        foreach (var d in _directives)
        {
            directives.Add(new DirectiveDefinition(d.Name, d.Locations, [.. d.Arguments.Select(a => LinkInputValue(a, types, pendingDefaults))], d.DescriptionText, d.IsRepeatable)
            {
                AstNode = d.Node,
            });
        }
        foreach (var builtIn in BuiltInDirectives.All)
        {
            if (!_directives.Any(d => d.Name == builtIn.Name))
            {
                directives.Add(builtIn);
            }
        }
        foreach (var pending in pendingDefaults)
        {
            if (ValueFromAst.TryCoerce(pending.DefaultValueNode!, pending.Type, null, out var value))
            {
                pending.HasDefaultValue = true;
                pending.DefaultValue = value;
            }
        }
        var query = RootType(_query, types, "Query");
        var mutation = RootType(_mutation, types, "Mutation");
        var subscription = RootType(_subscription, types, "Subscription");
        return new Schema(query, mutation, subscription, declared, directives, _description) { AstNode = SchemaNode };
    }

    private ObjectType? RootType(string? name, Dictionary<string, NamedType> types, string defaultName)
    {
        name ??= _rootsExplicit ? null : defaultName;
        if (name is null || !types.TryGetValue(name, out var type))
        {
            if (_rootsExplicit && name is not null)
            {
                throw new GraphQLError($"Unknown type: \"{name}\".");
            }
            return null;
        }
        return type as ObjectType ?? (_rootsExplicit ? throw new GraphQLError($"{defaultName} root type must be Object type, it cannot be {name}.") : null);
    }

    private static void LinkFields(FieldsType type, FieldsTypeBuilder builder, Dictionary<string, NamedType> types, List<InputValueDefinition> pendingDefaults)
    {
        type.Interfaces = [.. builder.InterfaceNames.Select(n => Resolve(n, types) as InterfaceType ?? throw new GraphQLError($"Type {builder.Name} must only implement Interface types, it cannot implement {n}."))];
        var fields = new List<FieldDefinition>(builder.Fields.Count);
        foreach (var f in builder.Fields)
        {
            fields.Add(new FieldDefinition(f.Name, Resolve(f.Type, types))
            {
                Description = f.DescriptionText,
                DeprecationReason = f.Deprecation,
                Resolve = f.Resolver,
                AstNode = f.Node,
                Arguments = [.. f.Arguments.Select(a => LinkInputValue(a, types, pendingDefaults))],
            });
        }
        type.SetFields(fields);
    }

    private static InputValueDefinition LinkInputValue(InputValueBuilder builder, Dictionary<string, NamedType> types, List<InputValueDefinition> pendingDefaults)
    {
        var type = Resolve(builder.Type, types);
        var definition = new InputValueDefinition(builder.Name, type)
        {
            Description = builder.DescriptionText,
            DeprecationReason = builder.Deprecation,
            AstNode = builder.Node,
            DefaultValueNode = builder.DefaultLiteral,
        };
        if (builder.DefaultLiteral is not null)
        {
            pendingDefaults.Add(definition);
        }
        else if (builder.HasDefault)
        {
            definition.HasDefaultValue = true;
            definition.DefaultValue = builder.DefaultValue;
        }
        return definition;
    }

    private static NamedType Resolve(string name, Dictionary<string, NamedType> types) =>
        types.TryGetValue(name, out var type) ? type : throw new GraphQLError($"Unknown type: \"{name}\".");

    private static GraphQLType Resolve(TypeNode node, Dictionary<string, NamedType> types) => node switch
    {
        NonNullTypeNode n => new NonNullType(Resolve(n.Type, types)),
        ListTypeNode l => new ListType(Resolve(l.Type, types)),
        NamedTypeNode named => Resolve(named.Name.Value, types),
        _ => throw new ArgumentException("Unknown type node.", nameof(node)),
    };
}
