namespace Gaoqing.Graph.GraphQL.Types;

/// <summary>A complete GraphQL schema: root types, the map of every named type, and directives.</summary>
public sealed class Schema
{
    private readonly Dictionary<string, NamedType> _typeMap;
    private readonly Dictionary<NamedType, List<ObjectType>> _possibleTypes = [];
    private readonly Dictionary<NamedType, HashSet<string>> _possibleTypeNames = [];
    private readonly Dictionary<string, DirectiveDefinition> _directives = new(StringComparer.Ordinal);

    /// <summary>
    /// Builds a schema the way graphql-js 16.15 does: the type map holds the given types (each moved to the end
    /// when processed and followed depth-first by referenced types not yet present), then the types reached from
    /// the root types, the directive arguments and the introspection types.
    /// </summary>
    public Schema(
        ObjectType? query,
        ObjectType? mutation = null,
        ObjectType? subscription = null,
        IEnumerable<NamedType>? types = null,
        IEnumerable<DirectiveDefinition>? directives = null,
        string? description = null)
    {
        Query = query;
        Mutation = mutation;
        Subscription = subscription;
        Description = description;
        Directives = directives is null ? BuiltInDirectives.All : [.. directives];
        var given = types?.ToList() ?? [];
        var ordered = new List<NamedType>(given);
        var seen = new HashSet<NamedType>(given, ReferenceEqualityComparer.Instance);
        foreach (var type in given)
        {
            ordered.Remove(type);
            seen.Remove(type);
            Collect(type, seen, ordered);
        }
        foreach (var root in new[] { query, mutation, subscription })
        {
            if (root is not null)
            {
                Collect(root, seen, ordered);
            }
        }
        foreach (var directive in Directives)
        {
            foreach (var argument in directive.Arguments)
            {
                Collect(argument.Type.Named, seen, ordered);
            }
            _directives.TryAdd(directive.Name, directive);
        }
        Collect(Introspection.IntrospectionTypes.Schema, seen, ordered);
        _typeMap = new Dictionary<string, NamedType>(StringComparer.Ordinal);
        var duplicates = new List<string>();
        foreach (var type in ordered)
        {
            if (!_typeMap.TryAdd(type.Name, type))
            {
                duplicates.Add(type.Name);
            }
        }
        if (duplicates.Count > 0)
        {
            throw new GraphQLError($"Schema must contain uniquely named types but contains multiple types named \"{duplicates[0]}\".");
        }
        Types = ordered;
        foreach (var type in ordered)
        {
            if (type is ObjectType objectType)
            {
                foreach (var implemented in objectType.Interfaces)
                {
                    AddPossible(implemented, objectType);
                }
            }
            else if (type is UnionType union)
            {
                foreach (var member in union.Types)
                {
                    AddPossible(union, member);
                }
            }
        }
    }

    /// <summary>The query root type.</summary>
    public ObjectType? Query { get; }

    /// <summary>The mutation root type, if any.</summary>
    public ObjectType? Mutation { get; }

    /// <summary>The subscription root type, if any.</summary>
    public ObjectType? Subscription { get; }

    /// <summary>The schema's description.</summary>
    public string? Description { get; }

    /// <summary>Every named type, in graphql-js type-map order.</summary>
    public IReadOnlyList<NamedType> Types { get; }

    /// <summary>Every directive the schema supports.</summary>
    public IReadOnlyList<DirectiveDefinition> Directives { get; }

    /// <summary>The schema definition node, when built from SDL.</summary>
    public Language.Ast.SchemaDefinitionNode? AstNode { get; internal set; }

    /// <summary>Finds a named type.</summary>
    public NamedType? GetType(string name) => _typeMap.GetValueOrDefault(name);

    /// <summary>Finds a directive.</summary>
    public DirectiveDefinition? GetDirective(string name) => _directives.GetValueOrDefault(name);

    /// <summary>The root type of an operation kind.</summary>
    public ObjectType? GetRootType(Language.Ast.OperationType operation) => operation switch
    {
        Language.Ast.OperationType.Query => Query,
        Language.Ast.OperationType.Mutation => Mutation,
        _ => Subscription,
    };

    /// <summary>The object types an abstract type may be at run time (union members or interface implementations).</summary>
    public IReadOnlyList<ObjectType> GetPossibleTypes(NamedType abstractType) =>
        _possibleTypes.TryGetValue(abstractType, out var list) ? list : [];

    /// <summary>Whether <paramref name="objectType"/> is a possible type of <paramref name="abstractType"/>.</summary>
    public bool IsPossibleType(NamedType abstractType, ObjectType objectType) =>
        _possibleTypeNames.TryGetValue(abstractType, out var names) && names.Contains(objectType.Name);

    private void AddPossible(NamedType abstractType, ObjectType objectType)
    {
        if (!_possibleTypes.TryGetValue(abstractType, out var list))
        {
            list = [];
            _possibleTypes[abstractType] = list;
            _possibleTypeNames[abstractType] = new HashSet<string>(StringComparer.Ordinal);
        }
        if (_possibleTypeNames[abstractType].Add(objectType.Name))
        {
            list.Add(objectType);
        }
    }

    private static void Collect(NamedType type, HashSet<NamedType> seen, List<NamedType> ordered)
    {
        if (!seen.Add(type))
        {
            return;
        }
        ordered.Add(type);
        switch (type)
        {
            case UnionType union:
                foreach (var member in union.Types)
                {
                    Collect(member, seen, ordered);
                }
                break;
            case FieldsType fieldsType:
                foreach (var implemented in fieldsType.Interfaces)
                {
                    Collect(implemented, seen, ordered);
                }
                foreach (var field in fieldsType.Fields)
                {
                    Collect(field.Type.Named, seen, ordered);
                    foreach (var argument in field.Arguments)
                    {
                        Collect(argument.Type.Named, seen, ordered);
                    }
                }
                break;
            case InputObjectType input:
                foreach (var field in input.Fields)
                {
                    Collect(field.Type.Named, seen, ordered);
                }
                break;
        }
    }
}
