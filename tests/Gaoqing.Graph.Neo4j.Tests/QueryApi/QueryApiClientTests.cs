using System.Net;
using System.Text;

namespace Gaoqing.Graph.Neo4j.Tests.QueryApi;

/// <summary>The HTTP layer against a fake server speaking the Query API's JSON: requests, transactions, errors, timeouts, retries.</summary>
public sealed class QueryApiClientTests
{
    private static readonly CypherStatement Echo = new("echo", "RETURN $value AS value", ["value"]);

    private static readonly Dictionary<string, object?> EchoParameters = new() { ["value"] = "高青" };

    private static Neo4jOptions Options(int retries = 2) => new()
    {
        Url = "http://127.0.0.1:7474",
        Password = "secret",
        Database = "graph",
        MaxRetries = retries,
        RetryDelay = TimeSpan.FromMilliseconds(1),
        RequestTimeout = TimeSpan.FromSeconds(20),
    };

    [Fact]
    public async Task A_statement_is_posted_to_the_query_endpoint_with_basic_credentials_and_its_rows_are_read()
    {
        var server = new FakeQueryApi { Answer = _ => FakeQueryApi.Rows("""["value"]""", """[["高青"], ["x"]]""") };
        using var client = new QueryApiClient(Options(), server);

        var result = await client.RunAsync(Echo, EchoParameters);

        var request = Assert.Single(server.Requests);
        Assert.Equal(HttpMethod.Post, request.Method);
        Assert.Equal("/db/graph/query/v2", request.Path);
        Assert.Equal("Basic " + Convert.ToBase64String(Encoding.UTF8.GetBytes("neo4j:secret")), request.Authorization);
        Assert.Equal("RETURN $value AS value", request.Statement);
        Assert.Equal("高青", request.Parameters.GetProperty("value").GetString());
        Assert.Equal(["value"], result.Fields);
        Assert.Equal(["高青", "x"], result.Rows.Select(row => result.Value(row, "value").GetString()));
    }

    [Fact]
    public async Task Parameters_other_than_the_statements_own_are_refused_before_anything_is_sent()
    {
        var server = new FakeQueryApi();
        using var client = new QueryApiClient(Options(), server);

        var error = await Assert.ThrowsAsync<InvalidOperationException>(() => client.RunAsync(Echo, new Dictionary<string, object?> { ["other"] = 1 }));

        Assert.Contains("missing [value]", error.Message, StringComparison.Ordinal);
        Assert.Empty(server.Requests);
    }

    [Fact]
    public async Task Parameter_values_are_sent_as_typed_json_doubles_keeping_a_fraction_maps_and_lists_nested()
    {
        var server = new FakeQueryApi { Answer = _ => FakeQueryApi.Rows("""["value"]""", "[]") };
        using var client = new QueryApiClient(Options(), server);
        var row = new Dictionary<string, object?> { ["value"] = 5.0, ["zero"] = -0.0, ["big"] = long.MaxValue, ["aliases"] = Array.Empty<string>(), ["note"] = null };

        await client.RunAsync(Echo, new Dictionary<string, object?> { ["value"] = new List<object?> { row, "高青\u2028" } });

        var request = Assert.Single(server.Requests);
        Assert.Equal(
            """[{"value":5.0,"zero":-0.0,"big":9223372036854775807,"aliases":[],"note":null},"高青\u2028"]""",
            request.Parameters.GetProperty("value").GetRawText());
    }

    [Theory]
    [InlineData(double.NaN, "NaN")]
    [InlineData(double.PositiveInfinity, "Infinity")]
    public async Task A_non_finite_double_is_refused_naming_the_statement_and_parameter_before_anything_is_sent(double value, string shown)
    {
        var server = new FakeQueryApi();
        using var client = new QueryApiClient(Options(), server);
        var parameters = new Dictionary<string, object?> { ["value"] = new Dictionary<string, object?> { ["ratio"] = value } };

        var error = await Assert.ThrowsAsync<ArgumentException>(() => client.RunAsync(Echo, parameters));

        Assert.Contains($"statement echo.value.ratio: {shown} is not a finite number", error.Message, StringComparison.Ordinal);
        Assert.Empty(server.Requests);
    }

    [Fact]
    public async Task A_write_begins_runs_in_and_commits_one_transaction_sending_back_the_cluster_affinity()
    {
        var server = new FakeQueryApi();
        using var client = new QueryApiClient(Options(), server);

        var value = await client.ExecuteWriteAsync(async (transaction, token) =>
        {
            await transaction.RunAsync(Echo, EchoParameters, token);
            return (transaction.Id, true);
        });

        Assert.Equal("tx1", value);
        Assert.Equal(["begin", "unknown statement", "commit"], server.Kinds);
        Assert.Equal("/db/graph/query/v2/tx", server.Requests[0].Path);
        Assert.Equal("/db/graph/query/v2/tx/tx1", server.Requests[1].Path);
        Assert.Equal("/db/graph/query/v2/tx/tx1/commit", server.Requests[2].Path);
        Assert.Equal([null, "member-1", "member-1"], server.Requests.Select(request => request.Affinity));
    }

    [Fact]
    public async Task A_write_that_asks_not_to_commit_is_rolled_back_with_delete()
    {
        var server = new FakeQueryApi();
        using var client = new QueryApiClient(Options(), server);

        await client.ExecuteWriteAsync((_, _) => Task.FromResult((0, false)));

        Assert.Equal(["begin", "rollback"], server.Kinds);
        Assert.Equal(HttpMethod.Delete, server.Requests[1].Method);
        Assert.Equal("/db/graph/query/v2/tx/tx1", server.Requests[1].Path);
    }

    [Fact]
    public async Task A_statement_error_rolls_the_transaction_back_is_not_retried_and_names_neo4js_code()
    {
        var server = new FakeQueryApi
        {
            Answer = request => request.Statement is null ? null
                : FakeQueryApi.Error(HttpStatusCode.Accepted, "Neo.ClientError.Statement.SyntaxError", "Invalid input 'RETRN'"),
        };
        using var client = new QueryApiClient(Options(), server);

        var error = await Assert.ThrowsAsync<Neo4jException>(() => client.ExecuteWriteAsync<int>(async (transaction, token) =>
        {
            await transaction.RunAsync(Echo, EchoParameters, token);
            return (1, true);
        }));

        Assert.Equal("Neo.ClientError.Statement.SyntaxError", error.Code);
        Assert.False(error.IsTransient);
        Assert.Contains("Invalid input 'RETRN'", error.Message, StringComparison.Ordinal);
        Assert.Contains("echo", error.Message, StringComparison.Ordinal);
        Assert.Equal(["begin", "unknown statement", "rollback"], server.Kinds);
    }

    [Fact]
    public async Task A_transient_error_inside_a_write_rolls_back_and_runs_the_whole_transaction_again()
    {
        var failures = 1;
        var server = new FakeQueryApi();
        server.Answer = request => request.Statement is not null && Interlocked.Decrement(ref failures) >= 0
            ? FakeQueryApi.Error(HttpStatusCode.Accepted, "Neo.TransientError.Transaction.DeadlockDetected", "deadlock")
            : null;
        using var client = new QueryApiClient(Options(), server);
        var attempts = 0;

        var id = await client.ExecuteWriteAsync(async (transaction, token) =>
        {
            attempts++;
            await transaction.RunAsync(Echo, EchoParameters, token);
            return (transaction.Id, true);
        });

        Assert.Equal(2, attempts);
        Assert.Equal("tx2", id);
        Assert.Equal(["begin", "unknown statement", "rollback", "begin", "unknown statement", "commit"], server.Kinds);
    }

    [Fact]
    public async Task Service_unavailable_is_retried_until_the_server_answers()
    {
        var failures = 2;
        var server = new FakeQueryApi();
        server.Answer = _ => Interlocked.Decrement(ref failures) >= 0
            ? new HttpResponseMessage(HttpStatusCode.ServiceUnavailable)
            : FakeQueryApi.Rows("""["value"]""", """[[1]]""");
        using var client = new QueryApiClient(Options(retries: 2), server);

        var result = await client.RunAsync(Echo, EchoParameters);

        Assert.Equal(3, server.Requests.Count);
        Assert.Equal(1, result.Value(result.Rows[0], "value").GetInt32());
    }

    [Fact]
    public async Task Retries_stop_after_the_configured_number_and_the_last_error_is_reported()
    {
        var server = new FakeQueryApi { Answer = _ => FakeQueryApi.Error(HttpStatusCode.ServiceUnavailable, "Neo.TransientError.General.DatabaseUnavailable", "starting") };
        using var client = new QueryApiClient(Options(retries: 3), server);

        var error = await Assert.ThrowsAsync<Neo4jException>(() => client.RunAsync(Echo, EchoParameters));

        Assert.Equal(4, server.Requests.Count);
        Assert.True(error.IsTransient);
        Assert.Equal("Neo.TransientError.General.DatabaseUnavailable", error.Code);
    }

    [Fact]
    public async Task Bad_credentials_give_a_clear_error_and_are_not_retried()
    {
        var server = new FakeQueryApi { Answer = _ => FakeQueryApi.Error(HttpStatusCode.Unauthorized, "Neo.ClientError.Security.Unauthorized", "Invalid credential.") };
        using var client = new QueryApiClient(Options(retries: 3), server);

        var error = await Assert.ThrowsAsync<Neo4jException>(() => client.RunAsync(Echo, EchoParameters));

        Assert.Single(server.Requests);
        Assert.Equal(HttpStatusCode.Unauthorized, error.Status);
        Assert.Contains("refused the credentials of user 'neo4j'", error.Message, StringComparison.Ordinal);
        Assert.Contains("Neo4j__Password", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_unreachable_server_is_retried_then_reported_with_its_address()
    {
        var server = new ThrowingHandler(new HttpRequestException("Connection refused (127.0.0.1:7474)"));
        using var client = new QueryApiClient(Options(retries: 2), server);

        var error = await Assert.ThrowsAsync<Neo4jException>(() => client.RunAsync(Echo, EchoParameters));

        Assert.Equal(3, server.Calls);
        Assert.Null(error.Status);
        Assert.Contains("cannot reach Neo4j at http://127.0.0.1:7474/", error.Message, StringComparison.Ordinal);
        Assert.Contains("Connection refused", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_server_that_does_not_answer_in_time_fails_with_a_timeout_after_the_retries()
    {
        var server = new SilentHandler();
        var options = Options(retries: 1);
        options.RequestTimeout = TimeSpan.FromMilliseconds(50);
        using var client = new QueryApiClient(options, server);

        var error = await Assert.ThrowsAsync<Neo4jException>(() => client.RunAsync(Echo, EchoParameters));

        Assert.Equal(2, server.Calls);
        Assert.Contains("did not answer echo within 0.05 s", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_statement_that_times_out_inside_a_write_rolls_back_and_the_write_runs_again()
    {
        var hangs = 1;
        var server = new FakeQueryApi();
        server.Hang = request => request.Statement is not null && Interlocked.Decrement(ref hangs) >= 0;
        var options = Options(retries: 1);
        options.RequestTimeout = TimeSpan.FromMilliseconds(200);
        using var client = new QueryApiClient(options, server);

        var id = await client.ExecuteWriteAsync(async (transaction, token) =>
        {
            await transaction.RunAsync(Echo, EchoParameters, token);
            return (transaction.Id, true);
        });

        Assert.Equal("tx2", id);
        Assert.Equal(["begin", "unknown statement", "rollback", "begin", "unknown statement", "commit"], server.Kinds);
        Assert.Equal("/db/graph/query/v2/tx/tx1", server.Requests[2].Path);
    }

    [Fact]
    public async Task Cancellation_by_the_caller_is_not_turned_into_a_timeout()
    {
        using var cancellation = new CancellationTokenSource();
        await cancellation.CancelAsync();
        using var client = new QueryApiClient(Options(), new SilentHandler());

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => client.RunAsync(Echo, EchoParameters, cancellation.Token));
    }

    [Fact]
    public async Task A_success_status_with_a_body_that_is_not_json_is_an_error()
    {
        var server = new FakeQueryApi { Answer = _ => new HttpResponseMessage(HttpStatusCode.Accepted) { Content = new StringContent("<html>proxy</html>") } };
        using var client = new QueryApiClient(Options(), server);

        var error = await Assert.ThrowsAsync<Neo4jException>(() => client.RunAsync(Echo, EchoParameters));

        Assert.Contains("not JSON", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_transaction_begun_without_an_id_is_an_error()
    {
        var server = new FakeQueryApi { Answer = request => request.Kind == "begin" ? FakeQueryApi.Json(HttpStatusCode.Accepted, "{}") : null };
        using var client = new QueryApiClient(Options(), server);

        var error = await Assert.ThrowsAsync<Neo4jException>(() => client.ExecuteWriteAsync((_, _) => Task.FromResult((0, true))));

        Assert.Contains("no transaction id", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(null, "Neo4j__Url is not set")]
    [InlineData("localhost:7474", "is not an http or https URL")]
    [InlineData("bolt://localhost:7687", "is not an http or https URL")]
    public void A_missing_or_malformed_url_is_refused_with_a_message_naming_the_setting(string? url, string expected)
    {
        var error = Assert.Throws<ArgumentException>(() => new QueryApiClient(new Neo4jOptions { Url = url }));

        Assert.Contains(expected, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Options_read_the_environment_with_the_contracts_defaults()
    {
        var variables = new Dictionary<string, string> { ["Neo4j__Url"] = "http://db:7474", ["Neo4j__Password"] = "pw" };

        var options = Neo4jOptions.FromVariables(variables.GetValueOrDefault);

        Assert.Equal("http://db:7474", options.Url);
        Assert.Equal("neo4j", options.User);
        Assert.Equal("pw", options.Password);
        Assert.Equal("neo4j", options.Database);
    }

    private sealed class ThrowingHandler(Exception error) : HttpMessageHandler
    {
        public int Calls { get; private set; }

        protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
        {
            Calls++;
            return Task.FromException<HttpResponseMessage>(error);
        }
    }

    private sealed class SilentHandler : HttpMessageHandler
    {
        public int Calls { get; private set; }

        protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
        {
            Calls++;
            await Task.Delay(Timeout.Infinite, cancellationToken);
            return new HttpResponseMessage(HttpStatusCode.OK);
        }
    }
}
