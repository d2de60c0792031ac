using System.Text.Encodings.Web;
using System.Text.Json;

namespace Gaoqing.Graph.GraphQL.Types;

/// <summary>Shared JSON settings: non-ASCII text written as is, like JavaScript's JSON.stringify.</summary>
public static class JsonText
{
    /// <summary>Serializer options with relaxed escaping.</summary>
    public static JsonSerializerOptions Options { get; } = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    /// <summary>Writer options with relaxed escaping.</summary>
    public static JsonWriterOptions WriterOptions { get; } = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };
}
