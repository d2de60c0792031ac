using System.Security.Cryptography;
using System.Text;
using Gaoqing.Graph.Api.Graph;
using Gaoqing.Graph.GraphQL;
using Gaoqing.Graph.GraphQL.Execution;
using Gaoqing.Graph.Model.Store;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Gaoqing.Graph.Api.Schema;

/// <summary>What resolvers of one GraphQL request share: the graph runtime, the caller's key, and the request's read lease.</summary>
public sealed class ApiRequest(GraphRuntime runtime, string? apiKey, HttpContext? http)
{
    private Task? _reading;

    /// <summary>The graph runtime.</summary>
    public GraphRuntime Runtime { get; } = runtime;

    /// <summary>The store.</summary>
    public IGraphStore Store => Runtime.Store;

    /// <summary>The request of a resolver's context.</summary>
    public static ApiRequest Of(ResolveContext context) =>
        context.UserContext as ApiRequest ?? throw new InvalidOperationException("the GraphQL context is not an API request");

    /// <summary>
    /// Enters the graph as a reader once per request, so every field of one query sees the same graph; the lease ends
    /// with the HTTP response. Fields that ask while the first entry is under way wait for that same entry.
    /// </summary>
    public ValueTask EnterReadAsync(CancellationToken cancellationToken)
    {
        if (http is null)
        {
            return ValueTask.CompletedTask;
        }

        if (Volatile.Read(ref _reading) is not { } reading)
        {
            var entering = EnterAsync(http, cancellationToken);
            reading = Interlocked.CompareExchange(ref _reading, entering, null) ?? entering;
        }

        return new ValueTask(reading);
    }

    /// <summary>Throws a GraphQL error unless the request carries the API key; <paramref name="field"/> names the mutation.</summary>
    public void Authorize(string field)
    {
        if (string.IsNullOrEmpty(apiKey))
        {
            throw Refused($"{field} is disabled: the server has no Api__Key, so it accepts no mutations.");
        }

        var header = http?.Request.Headers.Authorization.ToString() ?? string.Empty;
        const string scheme = "Bearer ";
        var given = header.StartsWith(scheme, StringComparison.OrdinalIgnoreCase) ? header[scheme.Length..].Trim() : null;
        if (given is null)
        {
            throw Refused($"{field} needs the API key: send the header 'Authorization: Bearer <key>'.");
        }

        if (!CryptographicOperations.FixedTimeEquals(Encoding.UTF8.GetBytes(given), Encoding.UTF8.GetBytes(apiKey)))
        {
            throw Refused($"{field}: the API key sent is wrong.");
        }
    }

    /// <summary>Logs an unexpected resolver failure with its stack; the client is told only which field failed.</summary>
    public void LogResolverFailure(Exception error, string typeName, string field)
    {
        var logger = http?.RequestServices.GetService<ILogger<ApiRequest>>();
        logger?.LogError(error, "Resolver {Type}.{Field} failed", typeName, field);
    }

    private async Task EnterAsync(HttpContext context, CancellationToken cancellationToken) =>
        context.Response.RegisterForDisposeAsync(await Runtime.Gate.ReadAsync(cancellationToken).ConfigureAwait(false));

    private static GraphQLError Refused(string message) =>
        new(message, extensions: new Dictionary<string, object?> { ["code"] = "UNAUTHENTICATED" });
}
