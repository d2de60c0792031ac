namespace Gaoqing.Graph.GraphQL.Types;

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
