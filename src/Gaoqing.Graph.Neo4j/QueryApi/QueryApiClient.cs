using System.Net.Http.Headers;
using System.Text;

namespace Gaoqing.Graph.Neo4j.QueryApi;

/// <summary>Neo4j's HTTP Query API (<c>/db/{db}/query/v2</c>): single statements and explicit transactions, with timeouts and retries.</summary>
/// <remarks>
/// Every request has <see cref="Neo4jOptions.RequestTimeout"/>. A transient failure (Neo.TransientError.*, 502/503/504/429, no
/// connection, no answer in time) is retried up to <see cref="Neo4jOptions.MaxRetries"/> times with doubling waits; for a write the
/// whole transaction is rolled back and run again. Bad credentials and statement errors are not retried.
/// </remarks>
public sealed class QueryApiClient : IDisposable
{
    private const string AffinityHeader = "neo4j-cluster-affinity";
    private readonly HttpClient http;
    private readonly Neo4jOptions options;
    private readonly Uri server;
    private readonly Uri queryUri;
    private readonly Uri transactionUri;
    private readonly AuthenticationHeaderValue? authorization;

    /// <summary>A client for the server of <paramref name="options"/>; <paramref name="handler"/> replaces the network (tests).</summary>
    /// <exception cref="ArgumentException">The URL or database in <paramref name="options"/> is missing or malformed.</exception>
    public QueryApiClient(Neo4jOptions options, HttpMessageHandler? handler = null)
    {
        ArgumentNullException.ThrowIfNull(options);
        this.options = options;
        server = options.BaseAddress();
        var database = Uri.EscapeDataString(options.Database);
        queryUri = new Uri(server, $"db/{database}/query/v2");
        transactionUri = new Uri(server, $"db/{database}/query/v2/tx");
        http = handler is null ? new HttpClient() : new HttpClient(handler, disposeHandler: false);
        http.Timeout = Timeout.InfiniteTimeSpan;
        if (options.Password is not null)
        {
            authorization = new AuthenticationHeaderValue("Basic", Convert.ToBase64String(Encoding.UTF8.GetBytes($"{options.User}:{options.Password}")));
        }
    }

    /// <summary>Runs one statement in its own transaction, retrying transient failures.</summary>
    public Task<QueryResult> RunAsync(CypherStatement statement, IReadOnlyDictionary<string, object?> parameters, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(statement);
        var body = ParameterWriter.Body(statement, parameters);
        return WithRetriesAsync(
            async () => (await SendAsync(HttpMethod.Post, queryUri, body, null, statement.Name, cancellationToken).ConfigureAwait(false)).Response.Result,
            cancellationToken);
    }

    /// <summary>Runs <paramref name="work"/> in one explicit transaction, committed when it returns Commit true, rolled back otherwise.</summary>
    /// <remarks>Any failure rolls the transaction back; a transient one runs <paramref name="work"/> again in a new transaction.</remarks>
    public Task<T> ExecuteWriteAsync<T>(
        Func<QueryApiTransaction, CancellationToken, Task<(T Value, bool Commit)>> work,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(work);
        return WithRetriesAsync(
            async () =>
            {
                var transaction = await BeginAsync(cancellationToken).ConfigureAwait(false);
                try
                {
                    var (value, commit) = await work(transaction, cancellationToken).ConfigureAwait(false);
                    if (commit)
                    {
                        await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
                    }
                    else
                    {
                        await transaction.RollbackAsync(cancellationToken).ConfigureAwait(false);
                    }

                    return value;
                }
                catch
                {
                    await RollbackQuietlyAsync(transaction).ConfigureAwait(false);
                    throw;
                }
            },
            cancellationToken);
    }

    /// <summary>Disposes the HTTP client.</summary>
    public void Dispose() => http.Dispose();

    /// <summary>Runs a statement inside <paramref name="transaction"/>.</summary>
    internal async Task<QueryResult> RunInTransactionAsync(
        QueryApiTransaction transaction, CypherStatement statement, IReadOnlyDictionary<string, object?> parameters, CancellationToken cancellationToken)
    {
        var body = ParameterWriter.Body(statement, parameters);
        return (await SendAsync(HttpMethod.Post, TransactionUri(transaction), body, transaction.Affinity, statement.Name, cancellationToken).ConfigureAwait(false)).Response.Result;
    }

    /// <summary>Commits <paramref name="transaction"/>.</summary>
    internal Task CommitAsync(QueryApiTransaction transaction, CancellationToken cancellationToken) =>
        SendAsync(HttpMethod.Post, TransactionUri(transaction, "/commit"), null, transaction.Affinity, "commit", cancellationToken);

    /// <summary>Rolls back <paramref name="transaction"/>.</summary>
    internal Task RollbackAsync(QueryApiTransaction transaction, CancellationToken cancellationToken) =>
        SendAsync(HttpMethod.Delete, TransactionUri(transaction), null, transaction.Affinity, "rollback", cancellationToken);

    private Uri TransactionUri(QueryApiTransaction transaction, string suffix = "") =>
        new($"{transactionUri}/{Uri.EscapeDataString(transaction.Id)}{suffix}");

    private async Task<QueryApiTransaction> BeginAsync(CancellationToken cancellationToken)
    {
        var (response, affinity) = await SendAsync(HttpMethod.Post, transactionUri, null, null, "begin transaction", cancellationToken).ConfigureAwait(false);
        var id = response.TransactionId
                 ?? throw new Neo4jException($"Neo4j at {server} began a transaction but gave no transaction id", null, null, transient: false);
        return new QueryApiTransaction(this, id, affinity);
    }

    private async Task RollbackQuietlyAsync(QueryApiTransaction transaction)
    {
        try
        {
            using var timeout = new CancellationTokenSource(options.RequestTimeout);
            await transaction.RollbackAsync(timeout.Token).ConfigureAwait(false);
        }
        catch (Exception error) when (error is Neo4jException or OperationCanceledException)
        {
            // The server rolls back a transaction that is neither committed nor used before its idle timeout.
        }
    }

    private async Task<T> WithRetriesAsync<T>(Func<Task<T>> attempt, CancellationToken cancellationToken)
    {
        var delay = options.RetryDelay;
        for (var tries = 0; ; tries++)
        {
            try
            {
                return await attempt().ConfigureAwait(false);
            }
            catch (Neo4jException error) when (error.IsTransient && tries < options.MaxRetries)
            {
                await Task.Delay(delay, cancellationToken).ConfigureAwait(false);
                delay *= 2;
            }
        }
    }

    private async Task<(QueryApiResponse Response, string? Affinity)> SendAsync(
        HttpMethod method, Uri uri, byte[]? body, string? affinity, string what, CancellationToken cancellationToken)
    {
        using var request = new HttpRequestMessage(method, uri);
        request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue("application/json"));
        request.Headers.Authorization = authorization;
        if (affinity is not null)
        {
            request.Headers.TryAddWithoutValidation(AffinityHeader, affinity);
        }

        if (body is not null)
        {
            request.Content = new ByteArrayContent(body);
            request.Content.Headers.ContentType = new MediaTypeHeaderValue("application/json");
        }

        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(options.RequestTimeout);
        try
        {
            using var response = await http.SendAsync(request, timeout.Token).ConfigureAwait(false);
            var text = await response.Content.ReadAsStringAsync(timeout.Token).ConfigureAwait(false);
            var answer = QueryApiResponse.Read(response.StatusCode, text, what, server, options.User);
            var affinityOut = response.Headers.TryGetValues(AffinityHeader, out var values) ? values.FirstOrDefault() : affinity;
            return (answer, affinityOut);
        }
        catch (OperationCanceledException error) when (!cancellationToken.IsCancellationRequested)
        {
            throw new Neo4jException(
                $"Neo4j at {server} did not answer {what} within {options.RequestTimeout.TotalSeconds:0.###} s", null, null, transient: true, error);
        }
        catch (HttpRequestException error)
        {
            throw new Neo4jException($"cannot reach Neo4j at {server} ({what}): {error.Message}; is the server running and Neo4j__Url right?", null, null, transient: true, error);
        }
    }
}
