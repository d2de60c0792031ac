using Gaoqing.Graph.GraphQL.Language;
using Gaoqing.Graph.GraphQL.Validation;

namespace Gaoqing.Graph.GraphQL.Http;

/// <summary>How a GraphQL-over-HTTP endpoint parses, validates, limits and executes requests.</summary>
public sealed record GraphQLHttpOptions
{
    /// <summary>The largest request accepted: a POST body, or a GET query string, in bytes.</summary>
    public int MaxRequestBytes { get; init; } = 2 * 1024 * 1024;

    /// <summary>How long one request may run before it is cancelled and answered with an error.</summary>
    public TimeSpan RequestTimeout { get; init; } = TimeSpan.FromSeconds(30);

    /// <summary>Parser limits (token count, nesting depth).</summary>
    public ParseOptions Parse { get; init; } = new() { MaxTokens = 50_000, MaxDepth = 256 };

    /// <summary>Validation limits on top of the specification's rules.</summary>
    public ValidationOptions Validation { get; init; } = new() { MaxDepth = 64, MaxAliases = 1_000, MaxCost = 1_000_000 };

    /// <summary>How many distinct query texts keep their parsed and validated document.</summary>
    public int DocumentCacheSize { get; init; } = 1_000;

    /// <summary>Query texts longer than this (in characters) are parsed every time rather than cached, so the cache stays small.</summary>
    public int MaxCachedQueryLength { get; init; } = 64 * 1024;

    /// <summary>Makes the per-request context value handed to resolvers; null gives them the HTTP context.</summary>
    public Func<Microsoft.AspNetCore.Http.HttpContext, object?>? CreateContext { get; init; }

    /// <summary>The root value handed to root field resolvers.</summary>
    public object? RootValue { get; init; }
}
