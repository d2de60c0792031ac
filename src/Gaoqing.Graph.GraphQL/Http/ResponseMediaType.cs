using Microsoft.AspNetCore.Http;

namespace Gaoqing.Graph.GraphQL.Http;

/// <summary>The two response media types of GraphQL over HTTP, chosen from the request's Accept header.</summary>
public enum ResponseMediaType
{
    /// <summary><c>application/graphql-response+json</c>: status codes follow the GraphQL outcome.</summary>
    GraphQLResponseJson,

    /// <summary><c>application/json</c>: well-formed GraphQL responses use 200.</summary>
    Json,
}

/// <summary>Accept header negotiation for GraphQL responses.</summary>
public static class ResponseMediaTypes
{
    /// <summary>The Content-Type header value of a media type, always UTF-8.</summary>
    public static string ContentType(ResponseMediaType type) => type == ResponseMediaType.GraphQLResponseJson
        ? "application/graphql-response+json; charset=utf-8"
        : "application/json; charset=utf-8";

    /// <summary>
    /// The preferred supported media type (highest quality; graphql-response+json on a tie), application/json when
    /// there is no Accept header, or null when nothing acceptable is supported.
    /// </summary>
    public static ResponseMediaType? Negotiate(string? accept)
    {
        if (string.IsNullOrWhiteSpace(accept))
        {
            return ResponseMediaType.Json;
        }
        ResponseMediaType? best = null;
        var bestQuality = 0.0;
        foreach (var range in accept.Split(','))
        {
            var parameters = range.Split(';');
            var quality = 1.0;
            var charsetOk = true;
            foreach (var parameter in parameters.Skip(1))
            {
                var pair = parameter.Split('=', 2);
                if (pair.Length != 2)
                {
                    continue;
                }
                var key = pair[0].Trim();
                var value = pair[1].Trim().Trim('"');
                if (key.Equals("q", StringComparison.OrdinalIgnoreCase)
                    && double.TryParse(value, System.Globalization.NumberStyles.Float, System.Globalization.CultureInfo.InvariantCulture, out var q))
                {
                    quality = q;
                }
                else if (key.Equals("charset", StringComparison.OrdinalIgnoreCase))
                {
                    charsetOk = value.Equals("utf-8", StringComparison.OrdinalIgnoreCase);
                }
            }
            ResponseMediaType? candidate = parameters[0].Trim().ToLowerInvariant() switch
            {
                "application/graphql-response+json" => ResponseMediaType.GraphQLResponseJson,
                "application/json" or "application/*" or "*/*" => ResponseMediaType.Json,
                _ => null,
            };
            if (candidate is null || !charsetOk || quality <= 0)
            {
                continue;
            }
            if (quality > bestQuality || (quality == bestQuality && candidate == ResponseMediaType.GraphQLResponseJson))
            {
                best = candidate;
                bestQuality = quality;
            }
        }
        return best;
    }

    /// <summary>The status code for a GraphQL response that has (or lacks) a data entry.</summary>
    public static int StatusFor(ResponseMediaType type, bool hasData) =>
        type == ResponseMediaType.Json || hasData ? StatusCodes.Status200OK : StatusCodes.Status400BadRequest;
}
