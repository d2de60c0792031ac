using System.Collections;
using System.Collections.Concurrent;
using System.Linq.Expressions;
using System.Reflection;
using System.Text.Json;
using Gaoqing.Graph.GraphQL.Types;

namespace Gaoqing.Graph.GraphQL.Execution;

/// <summary>What the executor does when a field has no resolver or an abstract type no type resolver.</summary>
public static class DefaultResolvers
{
    private static readonly ConcurrentDictionary<(Type, string), Func<object, object?>?> Getters = new();

    /// <summary>Reads a field from a parent value: a JSON object property, a dictionary entry or a public .NET property (exact name first, then ignoring case), through a compiled getter cached per type.</summary>
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
        var getter = Getters.GetOrAdd((source.GetType(), name), static key => CompileGetter(key.Item1, key.Item2));
        return getter?.Invoke(source);
    }

    private static Func<object, object?>? CompileGetter(Type type, string name)
    {
        var property = type.GetProperty(name, BindingFlags.Public | BindingFlags.Instance)
            ?? type.GetProperty(name, BindingFlags.Public | BindingFlags.Instance | BindingFlags.IgnoreCase);
        if (property is null || property.GetIndexParameters().Length > 0 || property.GetMethod is null)
        {
            return null;
        }
        var source = Expression.Parameter(typeof(object), "source");
        var read = Expression.Property(Expression.Convert(source, type), property);
        return Expression.Lambda<Func<object, object?>>(Expression.Convert(read, typeof(object)), source).Compile();
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
