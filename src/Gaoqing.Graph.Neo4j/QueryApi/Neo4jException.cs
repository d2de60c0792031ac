using System.Net;

namespace Gaoqing.Graph.Neo4j.QueryApi;

/// <summary>A request to Neo4j failed: the server refused it, reported an error, could not be reached or did not answer in time.</summary>
public sealed class Neo4jException : Exception
{
    /// <summary>Creates the exception.</summary>
    public Neo4jException(string message, string? code, HttpStatusCode? status, bool transient, Exception? inner = null)
        : base(message, inner)
    {
        Code = code;
        Status = status;
        IsTransient = transient;
    }

    /// <summary>Neo4j's status code, e.g. Neo.ClientError.Statement.SyntaxError; null when the server gave none.</summary>
    public string? Code { get; }

    /// <summary>The HTTP status of the response; null when no response came.</summary>
    public HttpStatusCode? Status { get; }

    /// <summary>True when trying again may succeed: Neo.TransientError.*, 503, no connection, or no answer in time.</summary>
    public bool IsTransient { get; }

    /// <summary>True when a constraint refused the data (a uniqueness violation).</summary>
    public bool IsConstraintViolation => Code == "Neo.ClientError.Schema.ConstraintValidationFailed";
}
