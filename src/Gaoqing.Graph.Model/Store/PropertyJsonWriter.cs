using System.Collections;
using System.Globalization;
using System.Text.Encodings.Web;
using System.Text.Json;

namespace Gaoqing.Graph.Model.Store;

/// <summary>The one way property values become JSON, for the store's log, the graph export and Neo4j Query API parameters.</summary>
/// <remarks>
/// Strings are UTF-8 with CJK as is; quotes, backslashes, control characters and U+2028/U+2029 are escaped; a lone surrogate
/// is refused (UTF-8 cannot carry it and the encoder would silently replace it with U+FFFD). Integers (long, int, short, byte)
/// are JSON integers. Doubles are written in round-trip form with a fraction or exponent (2 → <c>2.0</c>, -0 → <c>-0.0</c>,
/// 1e21 → <c>1E+21</c>) so that every reader, Neo4j included, reads them back as floats and never as integers; NaN and the
/// infinities have no JSON form and are refused. Nulls are written as null. A property value may be a list of strings (no
/// null items); a parameter may also be a list of parameters or a string-keyed map of parameters, nulls included.
/// Every refusal is an <see cref="ArgumentException"/> naming the value's place.
/// </remarks>
internal static class PropertyJsonWriter
{
    /// <summary>Writer options that leave CJK unescaped.</summary>
    public static JsonWriterOptions Options { get; } = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    /// <summary>Writes graph properties as one JSON object; <paramref name="owner"/> names the element in errors.</summary>
    public static void WriteProperties(Utf8JsonWriter writer, IEnumerable<KeyValuePair<string, object?>> properties, string owner) =>
        WriteNamed(writer, properties, owner, parameter: false);

    /// <summary>Writes query parameters as one JSON object; values may also be lists and maps of parameters.</summary>
    public static void WriteParameters(Utf8JsonWriter writer, IEnumerable<KeyValuePair<string, object?>> parameters, string owner) =>
        WriteNamed(writer, parameters, owner, parameter: true);

    /// <summary>The index of the first surrogate that is not half of a pair, or -1.</summary>
    public static int LoneSurrogateIndex(string text)
    {
        for (var index = 0; index < text.Length; index++)
        {
            if (char.IsHighSurrogate(text[index]) && index + 1 < text.Length && char.IsLowSurrogate(text[index + 1]))
            {
                index++;
            }
            else if (char.IsSurrogate(text[index]))
            {
                return index;
            }
        }

        return -1;
    }

    /// <summary>Writes one object and, when a value is refused, names its place under <paramref name="owner"/>.</summary>
    private static void WriteNamed(Utf8JsonWriter writer, IEnumerable<KeyValuePair<string, object?>> values, string owner, bool parameter)
    {
        try
        {
            WriteObject(writer, values, parameter);
        }
        catch (Refusal refusal)
        {
            throw new ArgumentException($"{owner}{refusal.Place}: {refusal.Problem}", refusal.Argument);
        }
    }

    // The place of a refused value (".key", "[index]") is put together only on the way out of a refusal, so that a
    // write that succeeds builds no strings for places.
    private static void WriteObject(Utf8JsonWriter writer, IEnumerable<KeyValuePair<string, object?>> values, bool parameter)
    {
        writer.WriteStartObject();
        foreach (var (key, value) in values)
        {
            writer.WritePropertyName(key);
            try
            {
                WriteValue(writer, value, parameter);
            }
            catch (Refusal refusal)
            {
                throw refusal.Within("." + key);
            }
        }

        writer.WriteEndObject();
    }

    private static void WriteValue(Utf8JsonWriter writer, object? value, bool parameter)
    {
        switch (value)
        {
            case null:
                writer.WriteNullValue();
                break;
            case string text:
                WriteString(writer, text);
                break;
            case bool flag:
                writer.WriteBooleanValue(flag);
                break;
            case long or int or short or byte:
                writer.WriteNumberValue(Convert.ToInt64(value, CultureInfo.InvariantCulture));
                break;
            case double number:
                WriteDouble(writer, number);
                break;
            case float number:
                WriteDouble(writer, number);
                break;
            case IReadOnlyDictionary<string, object?> map when parameter:
                WriteObject(writer, map, parameter);
                break;
            case IEnumerable<string?> list when !parameter:
                WriteStringList(writer, list);
                break;
            case IEnumerable list when parameter:
                WriteList(writer, list);
                break;
            default:
                var kind = parameter ? "parameter" : "property value";
                throw new Refusal($"a {kind} of type {value.GetType().Name} ({value}) has no JSON form", nameof(value));
        }
    }

    private static void WriteString(Utf8JsonWriter writer, string text)
    {
        var index = LoneSurrogateIndex(text);
        if (index >= 0)
        {
            throw new Refusal($"the string holds a lone surrogate U+{(int)text[index]:X4} at index {index}, which JSON text cannot carry", nameof(text));
        }

        writer.WriteStringValue(text);
    }

    private static void WriteDouble(Utf8JsonWriter writer, double number)
    {
        if (!double.IsFinite(number))
        {
            throw new Refusal($"{number.ToString(CultureInfo.InvariantCulture)} is not a finite number and has no JSON form", nameof(number));
        }

        writer.WriteRawValue(PropertyValues.FormatDouble(number), skipInputValidation: true);
    }

    private static void WriteStringList(Utf8JsonWriter writer, IEnumerable<string?> list)
    {
        writer.WriteStartArray();
        var index = 0;
        foreach (var item in list)
        {
            try
            {
                WriteString(writer, item ?? throw new Refusal("a list property holds null", nameof(list)));
            }
            catch (Refusal refusal)
            {
                throw refusal.Within($"[{index}]");
            }

            index++;
        }

        writer.WriteEndArray();
    }

    private static void WriteList(Utf8JsonWriter writer, IEnumerable list)
    {
        writer.WriteStartArray();
        var index = 0;
        foreach (var item in list)
        {
            try
            {
                WriteValue(writer, item, parameter: true);
            }
            catch (Refusal refusal)
            {
                throw refusal.Within($"[{index}]");
            }

            index++;
        }

        writer.WriteEndArray();
    }

    /// <summary>A value that has no JSON form, with its place relative to the object being written.</summary>
    private sealed class Refusal(string problem, string argument, string place = "") : Exception(problem)
    {
        public string Problem { get; } = problem;

        public string Argument { get; } = argument;

        public string Place { get; } = place;

        /// <summary>The same refusal one level further out: <paramref name="step"/> goes before the place so far.</summary>
        public Refusal Within(string step) => new(Problem, Argument, step + Place);
    }
}
