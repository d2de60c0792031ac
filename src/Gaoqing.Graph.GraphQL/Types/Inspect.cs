using System.Collections;
using System.Globalization;
using System.Text;
using System.Text.Json;

namespace Gaoqing.Graph.GraphQL.Types;

/// <summary>Renders runtime values the way graphql-js's <c>inspect</c> does in error messages.</summary>
public static class Inspect
{
    /// <summary>The graphql-js rendering of a value (strings quoted, objects as <c>{ a: 1 }</c>).</summary>
    public static string Value(object? value) => Render(value, 0);

    private static string Render(object? value, int depth)
    {
        switch (value)
        {
            case null:
                return "null";
            case string s:
                return Quote(s);
            case bool b:
                return b ? "true" : "false";
            case JsonElement element:
                return RenderElement(element, depth);
            case IDictionary<string, object?> map:
                return RenderObject(map.Select(p => (p.Key, p.Value)), map.Count, depth);
            case IReadOnlyDictionary<string, object?> map:
                return RenderObject(map.Select(p => (p.Key, p.Value)), map.Count, depth);
            case IEnumerable list:
                return RenderList(list.Cast<object?>().ToList(), depth);
        }
        if (JsNumber.TryGetDouble(value, out var number))
        {
            return JsNumber.Format(number);
        }
        return Convert.ToString(value, CultureInfo.InvariantCulture) ?? "null";
    }

    private static string RenderElement(JsonElement element, int depth) => element.ValueKind switch
    {
        JsonValueKind.String => Quote(element.GetString()!),
        JsonValueKind.Number => JsNumber.Format(element.GetDouble()),
        JsonValueKind.True => "true",
        JsonValueKind.False => "false",
        JsonValueKind.Object => RenderObject(element.EnumerateObject().Select(p => (p.Name, (object?)p.Value)), element.EnumerateObject().Count(), depth),
        JsonValueKind.Array => RenderList([.. element.EnumerateArray().Select(e => (object?)e)], depth),
        _ => "null",
    };

    /// <summary>A string quoted as JavaScript's <c>JSON.stringify</c> does: only quotes, backslashes, control characters and unpaired surrogates are escaped.</summary>
    public static string Quote(string value)
    {
        var builder = new StringBuilder(value.Length + 2).Append('"');
        for (var i = 0; i < value.Length; i++)
        {
            var c = value[i];
            switch (c)
            {
                case '"': builder.Append("\\\""); break;
                case '\\': builder.Append("\\\\"); break;
                case '\b': builder.Append("\\b"); break;
                case '\f': builder.Append("\\f"); break;
                case '\n': builder.Append("\\n"); break;
                case '\r': builder.Append("\\r"); break;
                case '\t': builder.Append("\\t"); break;
                default:
                    var pairedHigh = char.IsHighSurrogate(c) && i + 1 < value.Length && char.IsLowSurrogate(value[i + 1]);
                    if (pairedHigh)
                    {
                        builder.Append(c).Append(value[++i]);
                    }
                    else if (c < ' ' || char.IsSurrogate(c))
                    {
                        builder.Append("\\u").Append(((int)c).ToString("x4", CultureInfo.InvariantCulture));
                    }
                    else
                    {
                        builder.Append(c);
                    }
                    break;
            }
        }
        return builder.Append('"').ToString();
    }

    private static string RenderObject(IEnumerable<(string Key, object? Value)> entries, int count, int depth)
    {
        if (count == 0)
        {
            return "{}";
        }
        if (depth >= 2)
        {
            return "[Object]";
        }
        var builder = new StringBuilder("{ ");
        var first = true;
        foreach (var (key, value) in entries)
        {
            if (!first)
            {
                builder.Append(", ");
            }
            builder.Append(key).Append(": ").Append(Render(value, depth + 1));
            first = false;
        }
        return builder.Append(" }").ToString();
    }

    private static string RenderList(List<object?> items, int depth)
    {
        if (items.Count == 0)
        {
            return "[]";
        }
        if (depth >= 2)
        {
            return "[Array]";
        }
        var builder = new StringBuilder("[");
        for (var i = 0; i < Math.Min(items.Count, 10); i++)
        {
            if (i > 0)
            {
                builder.Append(", ");
            }
            builder.Append(Render(items[i], depth + 1));
        }
        if (items.Count > 10)
        {
            builder.Append(", ... ").Append(items.Count - 10).Append(items.Count - 10 == 1 ? " more item" : " more items");
        }
        return builder.Append(']').ToString();
    }
}
