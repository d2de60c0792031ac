using System.Buffers;
using System.Text;
using System.Text.Json;
using Microsoft.AspNetCore.Http;

namespace Gaoqing.Graph.GraphQL.Http;

/// <summary>Reads the request parameters from a GET query string or a POST <c>application/json</c> body, refusing malformed ones.</summary>
public static class GraphQLRequestReader
{
    /// <summary>Reads the parameters of a request; throws <see cref="RequestProblem"/> when they are missing or malformed.</summary>
    public static async Task<GraphQLRequest> ReadAsync(HttpRequest request, int maxBytes, CancellationToken cancellationToken)
    {
        if (HttpMethods.IsGet(request.Method))
        {
            return FromQueryString(request, maxBytes);
        }
        if (!HttpMethods.IsPost(request.Method))
        {
            throw new RequestProblem(StatusCodes.Status405MethodNotAllowed, "GraphQL requests use GET or POST.");
        }
        CheckContentType(request.ContentType);
        if (request.ContentLength > maxBytes)
        {
            throw TooLarge(maxBytes);
        }
        var reader = request.BodyReader;
        while (true)
        {
            var read = await reader.ReadAsync(cancellationToken);
            var body = read.Buffer;
            if (body.Length > maxBytes)
            {
                reader.AdvanceTo(body.End);
                throw TooLarge(maxBytes);
            }
            if (!read.IsCompleted)
            {
                reader.AdvanceTo(body.Start, body.End);
                continue;
            }
            try
            {
                return FromBody(body);
            }
            finally
            {
                reader.AdvanceTo(body.End);
            }
        }
    }

    /// <summary>Parses a whole POST body, read in place from the request's buffers.</summary>
    private static GraphQLRequest FromBody(ReadOnlySequence<byte> body)
    {
        if (body.IsEmpty)
        {
            throw new RequestProblem(StatusCodes.Status400BadRequest, "The request body is empty; expected a JSON object with a \"query\".");
        }
        JsonDocument json;
        try
        {
            json = JsonDocument.Parse(body, new JsonDocumentOptions { MaxDepth = 256 });
        }
        catch (JsonException exception)
        {
            throw new RequestProblem(StatusCodes.Status400BadRequest, $"The request body is not valid JSON: {exception.Message}");
        }
        using (json)
        {
            return FromJson(json.RootElement);
        }
    }

    private static RequestProblem TooLarge(int maxBytes) =>
        new(StatusCodes.Status413PayloadTooLarge, $"The request body is larger than {maxBytes} bytes.");

    private static GraphQLRequest FromQueryString(HttpRequest request, int maxBytes)
    {
        if (request.QueryString.Value is { } text && Encoding.UTF8.GetByteCount(text) > maxBytes)
        {
            throw new RequestProblem(StatusCodes.Status413PayloadTooLarge, $"The query string is larger than {maxBytes} bytes.");
        }
        var query = request.Query["query"];
        if (query.Count == 0 || string.IsNullOrEmpty(query[0]))
        {
            throw new RequestProblem(StatusCodes.Status400BadRequest, "Missing query parameter \"query\".");
        }
        var operationName = request.Query["operationName"];
        return new GraphQLRequest(
            query[0]!,
            operationName.Count > 0 && operationName[0] is { Length: > 0 } name ? name : null,
            ParseObjectParameter(request.Query["variables"], "variables"),
            ParseObjectParameter(request.Query["extensions"], "extensions"));
    }

    private static JsonElement? ParseObjectParameter(Microsoft.Extensions.Primitives.StringValues values, string name)
    {
        if (values.Count == 0 || string.IsNullOrEmpty(values[0]))
        {
            return null;
        }
        try
        {
            using var json = JsonDocument.Parse(values[0]!);
            return ObjectOrNull(json.RootElement, name);
        }
        catch (JsonException exception)
        {
            throw new RequestProblem(StatusCodes.Status400BadRequest, $"The \"{name}\" parameter is not valid JSON: {exception.Message}");
        }
    }

    private static GraphQLRequest FromJson(JsonElement root)
    {
        if (root.ValueKind != JsonValueKind.Object)
        {
            throw new RequestProblem(StatusCodes.Status400BadRequest, "The request body must be a JSON object.");
        }
        if (!root.TryGetProperty("query", out var query) || query.ValueKind == JsonValueKind.Null)
        {
            throw new RequestProblem(StatusCodes.Status400BadRequest, "Missing parameter \"query\".");
        }
        if (query.ValueKind != JsonValueKind.String)
        {
            throw new RequestProblem(StatusCodes.Status400BadRequest, "The \"query\" parameter must be a string.");
        }
        string? operationName = null;
        if (root.TryGetProperty("operationName", out var name) && name.ValueKind != JsonValueKind.Null)
        {
            operationName = name.ValueKind == JsonValueKind.String
                ? Text(name, "operationName")
                : throw new RequestProblem(StatusCodes.Status400BadRequest, "The \"operationName\" parameter must be a string.");
        }
        return new GraphQLRequest(
            Text(query, "query"),
            operationName,
            root.TryGetProperty("variables", out var variables) ? ObjectOrNull(variables, "variables") : null,
            root.TryGetProperty("extensions", out var extensions) ? ObjectOrNull(extensions, "extensions") : null);
    }

    private static JsonElement? ObjectOrNull(JsonElement value, string name)
    {
        switch (value.ValueKind)
        {
            case JsonValueKind.Null:
                return null;
            case JsonValueKind.Object:
                CheckStrings(value, name);
                return value.Clone();
            default:
                throw new RequestProblem(StatusCodes.Status400BadRequest, $"The \"{name}\" parameter must be a JSON object.");
        }
    }

    /// <summary>The text of a JSON string, refusing escapes that do not form valid UTF-16 (lone surrogates).</summary>
    private static string Text(JsonElement value, string name)
    {
        try
        {
            return value.GetString()!;
        }
        catch (InvalidOperationException)
        {
            throw new RequestProblem(StatusCodes.Status400BadRequest, $"The \"{name}\" parameter is not valid UTF-16 text (it has a lone surrogate escape).");
        }
    }

    /// <summary>Checks every string and property name inside a parameter, so that later stages never meet invalid text.</summary>
    private static void CheckStrings(JsonElement root, string name)
    {
        var pending = new Stack<JsonElement>();
        pending.Push(root);
        while (pending.Count > 0)
        {
            var value = pending.Pop();
            switch (value.ValueKind)
            {
                case JsonValueKind.String:
                    Text(value, name);
                    break;
                case JsonValueKind.Array:
                    foreach (var item in value.EnumerateArray())
                    {
                        pending.Push(item);
                    }
                    break;
                case JsonValueKind.Object:
                    foreach (var property in value.EnumerateObject())
                    {
                        try
                        {
                            _ = property.Name;
                        }
                        catch (InvalidOperationException)
                        {
                            throw new RequestProblem(StatusCodes.Status400BadRequest, $"The \"{name}\" parameter is not valid UTF-16 text (it has a lone surrogate escape).");
                        }
                        pending.Push(property.Value);
                    }
                    break;
            }
        }
    }

    private static void CheckContentType(string? contentType)
    {
        if (string.IsNullOrWhiteSpace(contentType))
        {
            throw new RequestProblem(StatusCodes.Status415UnsupportedMediaType, "A POST request needs the header Content-Type: application/json.");
        }
        var parts = contentType.Split(';');
        if (!parts[0].Trim().Equals("application/json", StringComparison.OrdinalIgnoreCase))
        {
            throw new RequestProblem(StatusCodes.Status415UnsupportedMediaType, $"Unsupported Content-Type \"{parts[0].Trim()}\"; use application/json.");
        }
        foreach (var parameter in parts.Skip(1))
        {
            var pair = parameter.Split('=', 2);
            if (pair.Length == 2 && pair[0].Trim().Equals("charset", StringComparison.OrdinalIgnoreCase)
                && !pair[1].Trim().Trim('"').Equals("utf-8", StringComparison.OrdinalIgnoreCase))
            {
                throw new RequestProblem(StatusCodes.Status415UnsupportedMediaType, $"Unsupported charset \"{pair[1].Trim()}\"; use utf-8.");
            }
        }
    }
}
