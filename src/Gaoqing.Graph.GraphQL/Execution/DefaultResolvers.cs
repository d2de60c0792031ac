using System.Collections;
using System.Collections.Concurrent;
using System.Reflection;
using System.Text.Json;
using Gaoqing.Graph.GraphQL.Types;

namespace Gaoqing.Graph.GraphQL.Execution;

/// <summary>What the executor does when a field has no resolver or an abstract type no type resolver.</summary>
public static class DefaultResolvers
{
    private static readonly ConcurrentDictionary<(Type, string), PropertyInfo?> Properties = new();

    /// <summary>Reads a field from a parent value: a JSON object property, a dictionary entry or a .NET property (exact or Pascal case).</summary>
    public static object? ReadProperty(object? source, string name)
    {
        switch (source)
        {
            case null:
                return null;
            case JsonElement element:
                return element.ValueKind == JsonValueKind.Object && element.TryGetProperty(name, out var property) ? property : null;
            case IReadOnlyDictionary<string, object?> readOnly:
                return readOnly.TryGetValue(name, out var value) ? value : null;
            case IDictionary<string, object?> dictionary:
                return dictionary.TryGetValue(name, out var entry) ? entry : null;
            case IDictionary legacy:
                return legacy.Contains(name) ? legacy[name] : null;
        }
        var info = Properties.GetOrAdd((source.GetType(), name), static key =>
            key.Item1.GetProperty(key.Item2, BindingFlags.Public | BindingFlags.Instance)
            ?? key.Item1.GetProperty(key.Item2, BindingFlags.Public | BindingFlags.Instance | BindingFlags.IgnoreCase));
        return info?.GetValue(source);
    }

    /// <summary>Names the object type of a value: its <c>__typename</c> entry, else the first possible type whose IsTypeOf accepts it, else a possible type named like its .NET type.</summary>
    public static string? ResolveTypeName(object? value, ResolveTypeContext context)
    {
        if (ReadTypeName(value) is { } typeName)
        {
            return typeName;
        }
        var possible = context.Schema.GetPossibleTypes(context.AbstractType);
        foreach (var type in possible)
        {
            if (type.IsTypeOf is not null && type.IsTypeOf(value))
            {
                return type.Name;
            }
        }
        if (value is not null && value is not JsonElement and not IDictionary)
        {
            var clrName = value.GetType().Name;
            foreach (var type in possible)
            {
                if (type.Name == clrName)
                {
                    return type.Name;
                }
            }
        }
        return null;
    }

    private static string? ReadTypeName(object? value) => value switch
    {
        JsonElement { ValueKind: JsonValueKind.Object } element when element.TryGetProperty("__typename", out var name) && name.ValueKind == JsonValueKind.String => name.GetString(),
        IReadOnlyDictionary<string, object?> map when map.TryGetValue("__typename", out var name) && name is string s => s,
        IDictionary<string, object?> map when map.TryGetValue("__typename", out var name) && name is string s => s,
        _ => null,
    };
}
