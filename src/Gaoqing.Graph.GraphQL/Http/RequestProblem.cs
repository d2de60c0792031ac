namespace Gaoqing.Graph.GraphQL.Http;

/// <summary>A request the endpoint refuses before GraphQL sees it, with the HTTP status that says why.</summary>
public sealed class RequestProblem(int statusCode, string message) : Exception(message)
{
    /// <summary>The HTTP status code to answer with.</summary>
    public int StatusCode { get; } = statusCode;
}
