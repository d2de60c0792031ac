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
                return JsonSerializer.Serialize(s, JsonText.Options);
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
        JsonValueKind.String => JsonSerializer.Serialize(element.GetString(), JsonText.Options),
        JsonValueKind.Number => JsNumber.Format(element.GetDouble()),
        JsonValueKind.True => "true",
        JsonValueKind.False => "false",
        JsonValueKind.Object => RenderObject(element.EnumerateObject().Select(p => (p.Name, (object?)p.Value)), element.EnumerateObject().Count(), depth),
        JsonValueKind.Array => RenderList([.. element.EnumerateArray().Select(e => (object?)e)], depth),
        _ => "null",
    };

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
