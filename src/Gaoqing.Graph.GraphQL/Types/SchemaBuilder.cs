using Gaoqing.Graph.GraphQL.Execution;
using Gaoqing.Graph.GraphQL.Language.Ast;

namespace Gaoqing.Graph.GraphQL.Types;

/// <summary>
/// Builds a schema code-first: declare types with fluent builders, referring to other types by their
/// GraphQL spelling (<c>"[Task!]!"</c>), then <see cref="Build"/> links, validates and returns the schema.
/// </summary>
public sealed partial class SchemaBuilder
{
    private readonly List<object> _definitions = [];
    private readonly Dictionary<string, object> _byName = new(StringComparer.Ordinal);
    private readonly List<DirectiveBuilder> _directives = [];
    private string? _query = "Query";
    private string? _mutation;
    private string? _subscription;
    private string? _description;
    private bool _rootsExplicit;

    internal SchemaDefinitionNode? SchemaNode { get; set; }

    /// <summary>Sets the schema description.</summary>
    public SchemaBuilder Description(string? description)
    {
        _description = description;
        return this;
    }

    /// <summary>Names the root operation types (defaults: Query, and Mutation/Subscription when such types exist).</summary>
    public SchemaBuilder Roots(string? query, string? mutation = null, string? subscription = null)
    {
        _query = query;
        _mutation = mutation;
        _subscription = subscription;
        _rootsExplicit = true;
        return this;
    }

    /// <summary>Declares an object type.</summary>
    public SchemaBuilder Object(string name, Action<FieldsTypeBuilder> configure) => AddFields(name, false, configure);

    /// <summary>Declares an interface.</summary>
    public SchemaBuilder Interface(string name, Action<FieldsTypeBuilder> configure) => AddFields(name, true, configure);

    /// <summary>Declares a union of object types, with an optional type resolver.</summary>
    public SchemaBuilder Union(string name, IEnumerable<string> members, string? description = null, Func<object?, ResolveTypeContext, string?>? resolveType = null) =>
        Union(name, members, description, resolveType, null);

    internal SchemaBuilder Union(string name, IEnumerable<string> members, string? description, Func<object?, ResolveTypeContext, string?>? resolveType = null, UnionTypeDefinitionNode? node = null)
    {
        Add(name, new UnionDraft(name, [.. members], description, resolveType, node));
        return this;
    }

    internal void AddDirective(DirectiveDefinitionNode node)
    {
        var directive = new DirectiveBuilder(node.Name.Value, [.. node.Locations.Select(l => System.Enum.Parse<DirectiveLocation>(l.Value))])
        {
            Node = node,
        };
        directive.Description(node.Description?.Value);
        if (node.Repeatable)
        {
            directive.Repeatable();
        }
        foreach (var argument in node.Arguments)
        {
            directive.Argument(argument.Name.Value, argument.Type, a => SchemaFromSdl.ConfigureInputValue(a, argument));
        }
        _directives.Add(directive);
    }

    /// <summary>Declares an enum.</summary>
    public SchemaBuilder Enum(string name, Action<EnumTypeBuilder> configure)
    {
        var builder = GetOrAdd(name, () => new EnumTypeBuilder(name));
        configure(builder);
        return this;
    }

    /// <summary>Declares an input object.</summary>
    public SchemaBuilder Input(string name, Action<InputObjectTypeBuilder> configure)
    {
        var builder = GetOrAdd(name, () => new InputObjectTypeBuilder(name));
        configure(builder);
        return this;
    }

    /// <summary>Adds a custom scalar.</summary>
    public SchemaBuilder Scalar(ScalarType scalar)
    {
        Add(scalar.Name, scalar);
        return this;
    }

    /// <summary>Declares a custom directive usable at <paramref name="locations"/>.</summary>
    public SchemaBuilder Directive(string name, IReadOnlyList<DirectiveLocation> locations, Action<DirectiveBuilder>? configure = null)
    {
        var directive = new DirectiveBuilder(name, locations);
        configure?.Invoke(directive);
        _directives.Add(directive);
        return this;
    }

    /// <summary>Attaches an asynchronous resolver to a field declared earlier, in code or in SDL.</summary>
    public SchemaBuilder Resolve(string typeName, string fieldName, Func<ResolveContext, ValueTask<object?>> resolver)
    {
        var type = _byName.GetValueOrDefault(typeName) as FieldsTypeBuilder
            ?? throw new ArgumentException($"No object or interface type named \"{typeName}\" was declared.", nameof(typeName));
        var field = type.Fields.LastOrDefault(f => f.Name == fieldName)
            ?? throw new ArgumentException($"Type {typeName} has no field \"{fieldName}\".", nameof(fieldName));
        field.Resolve(resolver);
        return this;
    }

    /// <summary>Attaches a synchronous resolver to a field declared earlier, in code or in SDL.</summary>
    public SchemaBuilder Resolve(string typeName, string fieldName, Func<ResolveContext, object?> resolver) =>
        Resolve(typeName, fieldName, context => new ValueTask<object?>(resolver(context)));

    /// <summary>Sets how an interface or union declared earlier names the object type of a runtime value.</summary>
    public SchemaBuilder ResolveType(string abstractTypeName, Func<object?, ResolveTypeContext, string?> resolver)
    {
        switch (_byName.GetValueOrDefault(abstractTypeName))
        {
            case FieldsTypeBuilder { IsInterface: true } interfaceType:
                interfaceType.ResolveType(resolver);
                break;
            case UnionDraft union:
                var index = _definitions.IndexOf(union);
                _definitions[index] = _byName[abstractTypeName] = union with { ResolveType = resolver };
                break;
            default:
                throw new ArgumentException($"No interface or union named \"{abstractTypeName}\" was declared.", nameof(abstractTypeName));
        }
        return this;
    }

    /// <summary>Links every type reference, checks the schema with <see cref="SchemaValidator"/> and returns it.</summary>
    public Schema Build()
    {
        var schema = BuildUnvalidated();
        var errors = SchemaValidator.Validate(schema);
        if (errors.Count > 0)
        {
            throw new SchemaValidationException(errors);
        }
        return schema;
    }

    private SchemaBuilder AddFields(string name, bool isInterface, Action<FieldsTypeBuilder> configure)
    {
        var builder = GetOrAdd(name, () => new FieldsTypeBuilder(name, isInterface));
        configure(builder);
        return this;
    }

    private T GetOrAdd<T>(string name, Func<T> create)
        where T : class
    {
        if (_byName.TryGetValue(name, out var existing))
        {
            return existing as T ?? throw new GraphQLError($"Type \"{name}\" is declared twice with different kinds.");
        }
        var created = create();
        Add(name, created);
        return created;
    }

    private void Add(string name, object definition)
    {
        if (!_byName.TryAdd(name, definition))
        {
            throw new GraphQLError($"There can be only one type named \"{name}\".");
        }
        _definitions.Add(definition);
    }

    private sealed record UnionDraft(string Name, List<string> Members, string? Description, Func<object?, ResolveTypeContext, string?>? ResolveType, UnionTypeDefinitionNode? Node);
}

/// <summary>Thrown when a built schema breaks the type system rules; carries every problem found.</summary>
public sealed class SchemaValidationException(IReadOnlyList<GraphQLError> errors)
    : Exception(string.Join("\n\n", errors.Select(e => e.Message)))
{
    /// <summary>The problems, in graphql-js order.</summary>
    public IReadOnlyList<GraphQLError> Errors { get; } = errors;
}
