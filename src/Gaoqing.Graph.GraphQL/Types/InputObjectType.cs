namespace Gaoqing.Graph.GraphQL.Types;

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
