using System.Net;
using System.Text.Json;

namespace Gaoqing.Graph.Neo4j.QueryApi;

/// <summary>Reads one Query API answer: its rows, its transaction id, or the error it reports as a <see cref="Neo4jException"/>.</summary>
internal sealed record QueryApiResponse(QueryResult Result, string? TransactionId)
{
    /// <summary>Reads <paramref name="body"/> of a response with <paramref name="status"/>; throws <see cref="Neo4jException"/> for an error.</summary>
    /// <param name="status">The HTTP status.</param>
    /// <param name="body">The response body, possibly empty.</param>
    /// <param name="what">What was asked, for the error message (statement name, "commit" …).</param>
    /// <param name="server">The server's address, for the error message.</param>
    /// <param name="user">The user name, for the credentials error.</param>
    public static QueryApiResponse Read(HttpStatusCode status, string body, string what, Uri server, string user)
    {
        JsonDocument? document = null;
        try
        {
            if (!string.IsNullOrWhiteSpace(body))
            {
                try
                {
                    document = JsonDocument.Parse(body);
                }
                catch (JsonException) when ((int)status >= 400)
                {
                    document = null;
                }
                catch (JsonException error)
                {
                    throw new Neo4jException($"Neo4j at {server} answered {what} with a body that is not JSON: {error.Message}", null, status, transient: false, error);
                }
            }

            var root = document?.RootElement;
            var (code, message) = FirstError(root);
            if (status is HttpStatusCode.Unauthorized or HttpStatusCode.Forbidden)
            {
                throw new Neo4jException(
                    $"Neo4j at {server} refused the credentials of user '{user}' ({(int)status} {status}{(message is null ? string.Empty : ": " + message)}); check Neo4j__User and Neo4j__Password",
                    code ?? "Neo.ClientError.Security.Unauthorized",
                    status,
                    transient: false);
            }

            if (code is not null)
            {
                throw new Neo4jException(
                    $"Neo4j refused {what}: {code}: {message}",
                    code,
                    status,
                    transient: code.StartsWith("Neo.TransientError.", StringComparison.Ordinal));
            }

            if ((int)status >= 400)
            {
                var transient = status is HttpStatusCode.ServiceUnavailable or HttpStatusCode.BadGateway or HttpStatusCode.GatewayTimeout or HttpStatusCode.TooManyRequests;
                throw new Neo4jException($"Neo4j at {server} answered {what} with HTTP {(int)status} {status}", null, status, transient);
            }

            return new QueryApiResponse(ReadData(root), ReadTransactionId(root));
        }
        finally
        {
            document?.Dispose();
        }
    }

    private static (string? Code, string? Message) FirstError(JsonElement? root)
    {
        if (root is not { ValueKind: JsonValueKind.Object } element
            || !element.TryGetProperty("errors", out var errors)
            || errors.ValueKind != JsonValueKind.Array
            || errors.GetArrayLength() == 0)
        {
            return (null, null);
        }

        var first = errors[0];
        var code = first.TryGetProperty("code", out var codeValue) ? codeValue.GetString() : null;
        var message = first.TryGetProperty("message", out var messageValue) ? messageValue.GetString() : null;
        return (code ?? "Neo.DatabaseError.General.UnknownError", message ?? "(no message)");
    }

    private static QueryResult ReadData(JsonElement? root)
    {
        if (root is not { ValueKind: JsonValueKind.Object } element || !element.TryGetProperty("data", out var data) || data.ValueKind != JsonValueKind.Object)
        {
            return QueryResult.Empty;
        }

        var fields = data.TryGetProperty("fields", out var fieldList) && fieldList.ValueKind == JsonValueKind.Array
            ? fieldList.EnumerateArray().Select(field => field.GetString() ?? string.Empty).ToArray()
            : [];
        var rows = new List<JsonElement[]>();
        if (data.TryGetProperty("values", out var values) && values.ValueKind == JsonValueKind.Array)
        {
            foreach (var row in values.EnumerateArray())
            {
                var cells = row.EnumerateArray().Select(cell => cell.Clone()).ToArray();
                if (cells.Length != fields.Length)
                {
                    throw new Neo4jException($"Neo4j's answer has a row of {cells.Length} values for {fields.Length} fields", null, null, transient: false);
                }

                rows.Add(cells);
            }
        }

        return new QueryResult(fields, rows);
    }

    private static string? ReadTransactionId(JsonElement? root) =>
        root is { ValueKind: JsonValueKind.Object } element
        && element.TryGetProperty("transaction", out var transaction)
        && transaction.ValueKind == JsonValueKind.Object
        && transaction.TryGetProperty("id", out var id)
            ? id.ValueKind == JsonValueKind.String ? id.GetString() : id.GetRawText()
            : null;
}
