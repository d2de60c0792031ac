using System.Buffers;
using System.Collections;
using System.Text;
using System.Text.Json;
using Gaoqing.Graph.GraphQL.Types;

namespace Gaoqing.Graph.GraphQL.Execution;

/// <summary>The outcome of executing a request: data (absent when execution never started) and errors.</summary>
public sealed class ExecutionResult
{
    private const int MaxCachedBufferBytes = 1 << 20;

    [ThreadStatic]
    private static ArrayBufferWriter<byte>? _cachedBuffer;

    /// <summary>Creates a result.</summary>
    public ExecutionResult(ResultMap? data, IReadOnlyList<GraphQLError>? errors, bool hasData)
    {
        Data = data;
        Errors = errors is { Count: > 0 } ? errors : null;
        HasData = hasData;
    }

    /// <summary>The data; null when execution failed at a non-null root or never started.</summary>
    public ResultMap? Data { get; }

    /// <summary>Whether the response has a <c>data</c> entry (it is null after a root null propagation).</summary>
    public bool HasData { get; }

    /// <summary>Errors, or null when there were none.</summary>
    public IReadOnlyList<GraphQLError>? Errors { get; }

    /// <summary>A result holding only request errors (no data entry).</summary>
    public static ExecutionResult FromErrors(IReadOnlyList<GraphQLError> errors) => new(null, errors, false);

    /// <summary>Writes <c>{"errors":[…],"data":…}</c> in graphql-js order (errors first, as its execute returns them).</summary>
    public void WriteTo(Utf8JsonWriter writer)
    {
        writer.WriteStartObject();
        if (Errors is not null)
        {
            writer.WriteStartArray("errors");
            foreach (var error in Errors)
            {
                error.WriteTo(writer);
            }
            writer.WriteEndArray();
        }
        if (HasData)
        {
            writer.WritePropertyName("data");
            WriteValue(writer, Data);
        }
        writer.WriteEndObject();
    }

    /// <summary>The result as compact JSON.</summary>
    public string ToJson()
    {
        var buffer = _cachedBuffer ?? new ArrayBufferWriter<byte>(4096);
        _cachedBuffer = null;
        try
        {
            using (var writer = new Utf8JsonWriter(buffer, JsonText.WriterOptions))
            {
                WriteTo(writer);
            }
            return Encoding.UTF8.GetString(buffer.WrittenSpan);
        }
        finally
        {
            buffer.ResetWrittenCount();
            if (buffer.Capacity <= MaxCachedBufferBytes)
            {
                _cachedBuffer = buffer;
            }
        }
    }

    /// <summary>Writes a response value: maps, lists, strings, numbers (JavaScript formatting), booleans, null, JSON.</summary>
    public static void WriteValue(Utf8JsonWriter writer, object? value)
    {
        switch (value)
        {
            case null:
                writer.WriteNullValue();
                return;
            case ResultMap map:
                writer.WriteStartObject();
                for (var i = 0; i < map.Count; i++)
                {
                    writer.WritePropertyName(map.KeyAt(i));
                    WriteValue(writer, map.ValueAt(i));
                }
                writer.WriteEndObject();
                return;
            case string s:
                writer.WriteStringValue(s);
                return;
            case bool b:
                writer.WriteBooleanValue(b);
                return;
            case int i:
                writer.WriteNumberValue(i);
                return;
            case double d:
                writer.WriteRawValue(JsNumber.Format(d), skipInputValidation: true);
                return;
            case JsonElement element:
                element.WriteTo(writer);
                return;
            case IDictionary<string, object?> dictionary:
                writer.WriteStartObject();
                foreach (var pair in dictionary)
                {
                    writer.WritePropertyName(pair.Key);
                    WriteValue(writer, pair.Value);
                }
                writer.WriteEndObject();
                return;
            case IEnumerable list:
                writer.WriteStartArray();
                foreach (var item in list)
                {
                    WriteValue(writer, item);
                }
                writer.WriteEndArray();
                return;
        }
        if (JsNumber.TryGetDouble(value, out var number))
        {
            writer.WriteRawValue(JsNumber.Format(number), skipInputValidation: true);
            return;
        }
        JsonSerializer.Serialize(writer, value, value.GetType(), JsonText.Options);
    }
}
