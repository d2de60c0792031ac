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

/// <summary>An abstract type that is one of several object types.</summary>
public sealed class UnionType(string name, string? description = null) : NamedType(name, description)
{
    /// <summary>Member object types.</summary>
    public IReadOnlyList<ObjectType> Types { get; internal set; } = [];

    /// <summary>Names the concrete object type of a runtime value; null means the default.</summary>
    public Func<object?, ResolveTypeContext, string?>? ResolveType { get; internal set; }
}

/// <summary>What a type resolver may look at besides the value.</summary>
public sealed record ResolveTypeContext(Schema Schema, NamedType AbstractType, object? UserContext);

/// <summary>An enum: a closed set of named values.</summary>
public sealed class EnumType(string name, string? description = null) : NamedType(name, description)
{
    private Dictionary<string, EnumValueDefinition> _byName = new(StringComparer.Ordinal);
    private Dictionary<object, EnumValueDefinition> _byValue = [];

    /// <summary>The values in declaration order.</summary>
    public IReadOnlyList<EnumValueDefinition> Values { get; private set; } = [];

    /// <summary>Finds a value by name.</summary>
    public EnumValueDefinition? FindValue(string name) => _byName.GetValueOrDefault(name);

    /// <summary>Finds the value whose internal value equals <paramref name="value"/> (or whose name equals it, for strings).</summary>
    public EnumValueDefinition? FindByInternalValue(object? value)
    {
        if (value is System.Text.Json.JsonElement { ValueKind: System.Text.Json.JsonValueKind.String } element)
        {
            foreach (var definition in Values)
            {
                if (definition.Value is string name && element.ValueEquals(name))
                {
                    return definition;
                }
            }
            return null;
        }
        var normalized = UntypedValue.Normalize(value);
        return normalized is not null && _byValue.TryGetValue(normalized, out var found) ? found : null;
    }

    internal void SetValues(IReadOnlyList<EnumValueDefinition> values)
    {
        Values = values;
        var byName = new Dictionary<string, EnumValueDefinition>(StringComparer.Ordinal);
        var byValue = new Dictionary<object, EnumValueDefinition>();
        foreach (var value in values)
        {
            byName.TryAdd(value.Name, value);
            if (value.Value is not null)
            {
                byValue.TryAdd(value.Value, value);
            }
        }
        _byName = byName;
        _byValue = byValue;
    }
}

/// <summary>One value of an enum: its name in GraphQL and its internal value in .NET.</summary>
public sealed class EnumValueDefinition(string name, object? value)
{
    /// <summary>The name in GraphQL.</summary>
    public string Name { get; } = name;

    /// <summary>The internal value resolvers see and return (by default the name).</summary>
    public object? Value { get; } = value;

    /// <summary>The description.</summary>
    public string? Description { get; internal set; }

    /// <summary>The reason given by <c>@deprecated</c>, or null.</summary>
    public string? DeprecationReason { get; internal set; }
}

/// <summary>An input object type: a structured argument value.</summary>
public sealed class InputObjectType(string name, string? description = null) : NamedType(name, description)
{
    private Dictionary<string, InputValueDefinition> _byName = new(StringComparer.Ordinal);

    /// <summary>Fields in declaration order.</summary>
    public IReadOnlyList<InputValueDefinition> Fields { get; private set; } = [];

    /// <summary>Whether exactly one field must be given (<c>@oneOf</c>).</summary>
    public bool IsOneOf { get; internal set; }

    /// <summary>Finds a field by name.</summary>
    public InputValueDefinition? FindField(string name) => _byName.GetValueOrDefault(name);

    internal void SetFields(IReadOnlyList<InputValueDefinition> fields)
    {
        Fields = fields;
        var byName = new Dictionary<string, InputValueDefinition>(StringComparer.Ordinal);
        foreach (var field in fields)
        {
            byName.TryAdd(field.Name, field);
        }
        _byName = byName;
    }
}
