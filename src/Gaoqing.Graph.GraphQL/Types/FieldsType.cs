namespace Gaoqing.Graph.GraphQL.Types;

/// <summary>A type with fields: an object or an interface.</summary>
public abstract class FieldsType : NamedType
{
    private Dictionary<string, FieldDefinition> _fieldsByName = new(StringComparer.Ordinal);

    /// <summary>Creates a type with fields.</summary>
    protected FieldsType(string name, string? description)
        : base(name, description)
    {
    }

    /// <summary>Fields in declaration order.</summary>
    public IReadOnlyList<FieldDefinition> Fields { get; private set; } = [];

    /// <summary>Interfaces this type implements.</summary>
    public IReadOnlyList<InterfaceType> Interfaces { get; internal set; } = [];

    /// <summary>Finds a field by name (O(1)).</summary>
    public FieldDefinition? FindField(string name) => _fieldsByName.GetValueOrDefault(name);

    internal void SetFields(IReadOnlyList<FieldDefinition> fields)
    {
        Fields = fields;
        var byName = new Dictionary<string, FieldDefinition>(fields.Count, StringComparer.Ordinal);
        foreach (var field in fields)
        {
            byName.TryAdd(field.Name, field);
        }
        _fieldsByName = byName;
    }
}

/// <summary>An object type: the concrete type of every value a query returns.</summary>
public sealed class ObjectType(string name, string? description = null) : FieldsType(name, description)
{
    /// <summary>Tells whether a runtime value is of this type, used to resolve abstract types when set.</summary>
    public Func<object?, bool>? IsTypeOf { get; internal set; }
}

/// <summary>An abstract type naming fields that implementing types must have.</summary>
public sealed class InterfaceType(string name, string? description = null) : FieldsType(name, description)
{
    /// <summary>Names the concrete object type of a runtime value; null means the default (<c>__typename</c> or IsTypeOf).</summary>
    public Func<object?, ResolveTypeContext, string?>? ResolveType { get; internal set; }
}
