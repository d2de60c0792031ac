using System.Collections.Immutable;
using System.Text.Json;

namespace Gaoqing.Graph.Model.Store;

/// <summary>Reads the JSON text <see cref="PropertyValues"/> writes (properties, string lists) straight from UTF-8 bytes.</summary>
/// <remarks>Reopening a store reads every element's properties, so this walks the bytes once with a
/// <see cref="Utf8JsonReader"/> and builds the map from keys already in order, without a DOM or a UTF-16 copy.</remarks>
internal static class CanonicalJsonReader
{
    private static readonly byte[] FractionMarks = ".eE"u8.ToArray();

    [ThreadStatic]
    private static List<KeyValuePair<string, object?>>? scratch;

    /// <summary>The properties in <paramref name="utf8"/>; throws <see cref="InvalidDataException"/> naming <paramref name="owner"/>.</summary>
    public static PropertyMap ReadProperties(ReadOnlySpan<byte> utf8, string owner)
    {
        var properties = scratch ??= [];
        properties.Clear();
        var reader = new Utf8JsonReader(utf8);
        try
        {
            Expect(ref reader, JsonTokenType.StartObject, owner);
            while (Next(ref reader, owner) == JsonTokenType.PropertyName)
            {
                var key = reader.GetString()!;
                Next(ref reader, owner);
                properties.Add(new(key, ReadValue(ref reader, owner)));
            }

            ExpectEnd(ref reader, JsonTokenType.EndObject, owner);
            return PropertyMap.FromOrdered(properties);
        }
        catch (Exception error) when (error is JsonException or FormatException or InvalidOperationException)
        {
            throw Malformed(owner, reader.TokenStartIndex, error.Message);
        }
    }

    /// <summary>The string list in <paramref name="utf8"/>; throws <see cref="InvalidDataException"/> naming <paramref name="owner"/>.</summary>
    public static ImmutableArray<string> ReadList(ReadOnlySpan<byte> utf8, string owner)
    {
        var reader = new Utf8JsonReader(utf8);
        try
        {
            Expect(ref reader, JsonTokenType.StartArray, owner);
            var list = ReadStrings(ref reader, owner);
            ExpectEnd(ref reader, JsonTokenType.EndArray, owner);
            return list;
        }
        catch (Exception error) when (error is JsonException or InvalidOperationException)
        {
            throw Malformed(owner, reader.TokenStartIndex, error.Message);
        }
    }

    private static object? ReadValue(ref Utf8JsonReader reader, string owner) => reader.TokenType switch
    {
        JsonTokenType.Null => null,
        JsonTokenType.String => reader.GetString(),
        JsonTokenType.True => true,
        JsonTokenType.False => false,
        JsonTokenType.Number => reader.ValueSpan.IndexOfAny(FractionMarks) >= 0 ? ReadDouble(ref reader, owner) : reader.GetInt64(),
        JsonTokenType.StartArray => ReadStrings(ref reader, owner),
        _ => throw Malformed(owner, reader.TokenStartIndex, $"a property value cannot be a {reader.TokenType}"),
    };

    /// <summary>The double the reader is on; one beyond the range of a double (1e999) is malformed, never an infinity the
    /// store could not write back.</summary>
    private static object ReadDouble(ref Utf8JsonReader reader, string owner)
    {
        var number = reader.GetDouble();
        return double.IsFinite(number)
            ? number
            : throw Malformed(owner, reader.TokenStartIndex, $"the number {System.Text.Encoding.UTF8.GetString(reader.ValueSpan)} is beyond the range of a double");
    }

    /// <summary>The strings of the array whose start the reader is on, up to and including its end.</summary>
    private static ImmutableArray<string> ReadStrings(ref Utf8JsonReader reader, string owner)
    {
        var items = ImmutableArray.CreateBuilder<string>();
        while (Next(ref reader, owner) != JsonTokenType.EndArray)
        {
            items.Add(reader.TokenType switch
            {
                JsonTokenType.String => reader.GetString()!,
                JsonTokenType.Null => string.Empty,
                _ => throw Malformed(owner, reader.TokenStartIndex, $"a list item cannot be a {reader.TokenType}"),
            });
        }

        return items.ToImmutable();
    }

    private static JsonTokenType Next(ref Utf8JsonReader reader, string owner) =>
        reader.Read() ? reader.TokenType : throw Malformed(owner, reader.BytesConsumed, "the JSON text ends early");

    private static void Expect(ref Utf8JsonReader reader, JsonTokenType expected, string owner)
    {
        if (Next(ref reader, owner) != expected)
        {
            throw Malformed(owner, reader.TokenStartIndex, $"expected {expected}, found {reader.TokenType}");
        }
    }

    private static void ExpectEnd(ref Utf8JsonReader reader, JsonTokenType end, string owner)
    {
        if (reader.TokenType != end)
        {
            throw Malformed(owner, reader.TokenStartIndex, $"expected {end}, found {reader.TokenType}");
        }

        if (reader.Read())
        {
            throw Malformed(owner, reader.TokenStartIndex, "text follows the JSON value");
        }
    }

    private static InvalidDataException Malformed(string owner, long offset, string problem) =>
        new($"{owner}: stored JSON is malformed at byte {offset}: {problem}");
}
