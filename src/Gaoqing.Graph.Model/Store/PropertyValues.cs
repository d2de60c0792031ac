using System.Collections.Immutable;
using System.Globalization;
using System.Text.Encodings.Web;
using System.Text.Json;

namespace Gaoqing.Graph.Model.Store;

/// <summary>The canonical form of property values (string, long, double, bool, string list, null) and its JSON text.</summary>
/// <remarks>Doubles are written with a fraction or exponent so that they read back as doubles, never as longs.</remarks>
internal static class PropertyValues
{
    private static readonly char[] FractionMarks = ['.', 'e', 'E'];

    private static readonly JsonWriterOptions WriterOptions = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    /// <summary>The properties in canonical form, keys in ordinal order; throws for a value the graph cannot hold.</summary>
    public static PropertyMap Normalize(IReadOnlyDictionary<string, object?> properties, string owner) =>
        PropertyMap.From(properties.Select(pair => string.IsNullOrEmpty(pair.Key)
            ? throw new InvalidDataException($"{owner}: a property has an empty name")
            : new KeyValuePair<string, object?>(pair.Key, Normalize(pair.Value, $"{owner}.{pair.Key}"))));

    /// <summary>One value in canonical form; throws <see cref="InvalidDataException"/> naming <paramref name="owner"/>.</summary>
    public static object? Normalize(object? value, string owner) => value switch
    {
        null => null,
        string text => text,
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
        using (var writer = new Utf8JsonWriter(buffer, WriterOptions))
        {
            writer.WriteStartObject();
            foreach (var (key, value) in properties)
            {
                writer.WritePropertyName(key);
                WriteValue(writer, value);
            }

            writer.WriteEndObject();
        }

        return System.Text.Encoding.UTF8.GetString(buffer.ToArray());
    }

    /// <summary>Canonical properties read from the JSON text <see cref="ToJson"/> wrote.</summary>
    public static PropertyMap FromJson(string json) => CanonicalJsonReader.ReadProperties(System.Text.Encoding.UTF8.GetBytes(json), "properties");

    /// <summary>A string list as JSON.</summary>
    public static string ListToJson(IReadOnlyList<string> list) => JsonSerializer.Serialize(list);

    /// <summary>Writes one canonical value.</summary>
    public static void WriteValue(Utf8JsonWriter writer, object? value)
    {
        switch (value)
        {
            case null:
                writer.WriteNullValue();
                break;
            case string text:
                writer.WriteStringValue(text);
                break;
            case bool flag:
                writer.WriteBooleanValue(flag);
                break;
            case long number:
                writer.WriteNumberValue(number);
                break;
            case double number:
                writer.WriteRawValue(FormatDouble(number));
                break;
            case IReadOnlyList<string> list:
                writer.WriteStartArray();
                foreach (var item in list)
                {
                    writer.WriteStringValue(item);
                }

                writer.WriteEndArray();
                break;
            default:
                throw new InvalidOperationException($"not a canonical property value: {value.GetType().Name}");
        }
    }

    /// <summary>A double in round-trip form that always reads back as a double: 2 → "2.0".</summary>
    public static string FormatDouble(double number)
    {
        var text = number.ToString("R", CultureInfo.InvariantCulture);
        return text.IndexOfAny(FractionMarks) >= 0 ? text : text + ".0";
    }

    private static ImmutableArray<string> NormalizeList(IEnumerable<string?> list, string owner)
    {
        var builder = ImmutableArray.CreateBuilder<string>();
        foreach (var item in list)
        {
            builder.Add(item ?? throw new InvalidDataException($"{owner}: a list property holds null"));
        }

        return builder.ToImmutable();
    }
}
