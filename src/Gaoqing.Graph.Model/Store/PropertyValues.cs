using System.Collections.Immutable;
using System.Globalization;
using System.Text.Json;

namespace Gaoqing.Graph.Model.Store;

/// <summary>The canonical form of property values (string, long, double, bool, string list, null) and its JSON text.</summary>
/// <remarks>The JSON text is <see cref="PropertyJsonWriter"/>'s: doubles keep a fraction or exponent so that they read back as doubles.</remarks>
internal static class PropertyValues
{
    private static readonly char[] FractionMarks = ['.', 'e', 'E'];

    /// <summary>The properties in canonical form, keys in ordinal order; throws for a value the graph cannot hold.</summary>
    public static PropertyMap Normalize(IReadOnlyDictionary<string, object?> properties, string owner) =>
        PropertyMap.From(properties.Select(pair => string.IsNullOrEmpty(pair.Key)
            ? throw new InvalidDataException($"{owner}: a property has an empty name")
            : new KeyValuePair<string, object?>(pair.Key, Normalize(pair.Value, $"{owner}.{pair.Key}"))));

    /// <summary>One value in canonical form; throws <see cref="InvalidDataException"/> naming <paramref name="owner"/>.</summary>
    public static object? Normalize(object? value, string owner) => value switch
    {
        null => null,
        string text => CheckedText(text, owner),
        bool flag => flag,
        long number => number,
        int number => (long)number,
        short number => (long)number,
        byte number => (long)number,
        double number when double.IsFinite(number) => number,
        float number when float.IsFinite(number) => (double)number,
        IEnumerable<string?> list => NormalizeList(list, owner),
        _ => throw new InvalidDataException($"{owner}: a property value of type {value.GetType().Name} ({value}) cannot be stored"),
    };

    /// <summary>True when two canonical values are equal (lists element by element).</summary>
    public static bool AreEqual(object? left, object? right) => (left, right) switch
    {
        (IReadOnlyList<string> a, IReadOnlyList<string> b) => a.SequenceEqual(b, StringComparer.Ordinal),
        _ => Equals(left, right),
    };

    /// <summary>The properties as one JSON object.</summary>
    public static string ToJson(IReadOnlyDictionary<string, object?> properties)
    {
        using var buffer = new MemoryStream();
        using (var writer = new Utf8JsonWriter(buffer, PropertyJsonWriter.Options))
        {
            PropertyJsonWriter.WriteProperties(writer, properties, "properties");
        }

        return System.Text.Encoding.UTF8.GetString(buffer.ToArray());
    }

    /// <summary>Canonical properties read from the JSON text <see cref="ToJson"/> wrote.</summary>
    public static PropertyMap FromJson(string json) => CanonicalJsonReader.ReadProperties(System.Text.Encoding.UTF8.GetBytes(json), "properties");

    /// <summary>A string list as JSON.</summary>
    public static string ListToJson(IReadOnlyList<string> list) => JsonSerializer.Serialize(list);

    /// <summary>A finite double in round-trip form that always reads back as a double: 2 → "2.0", -0 → "-0.0".</summary>
    public static string FormatDouble(double number)
    {
        if (!double.IsFinite(number))
        {
            throw new ArgumentOutOfRangeException(nameof(number), number, "NaN and the infinities have no literal form");
        }

        var text = number.ToString("R", CultureInfo.InvariantCulture);
        return text.IndexOfAny(FractionMarks) >= 0 ? text : text + ".0";
    }

    private static ImmutableArray<string> NormalizeList(IEnumerable<string?> list, string owner)
    {
        var builder = ImmutableArray.CreateBuilder<string>();
        foreach (var item in list)
        {
            builder.Add(CheckedText(item ?? throw new InvalidDataException($"{owner}: a list property holds null"), owner));
        }

        return builder.ToImmutable();
    }

    private static string CheckedText(string text, string owner)
    {
        var index = PropertyJsonWriter.LoneSurrogateIndex(text);
        return index < 0
            ? text
            : throw new InvalidDataException($"{owner}: the text holds a lone surrogate U+{(int)text[index]:X4} at index {index}, which cannot be stored");
    }
}
