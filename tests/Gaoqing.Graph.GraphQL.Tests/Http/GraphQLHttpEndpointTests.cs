using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json.Nodes;
using Gaoqing.Graph.GraphQL.Http;
using Gaoqing.Graph.GraphQL.Tests.Differential;

namespace Gaoqing.Graph.GraphQL.Tests.Http;

/// <summary>The endpoint's status codes, media types, cache and limits, including hostile requests, over real HTTP.</summary>
public sealed class GraphQLHttpEndpointTests
{
    private const string GraphQLResponse = "application/graphql-response+json";

    private static async Task<(HttpStatusCode Status, string? MediaType, JsonObject Body)> PostAsync(TestServer server, string json, string? accept = null)
    {
        using var client = new HttpClient();
        using var request = new HttpRequestMessage(HttpMethod.Post, server.Endpoint) { Content = new StringContent(json, Encoding.UTF8, "application/json") };
        if (accept is not null)
        {
            request.Headers.Accept.ParseAdd(accept);
        }
        using var response = await client.SendAsync(request);
        var body = await response.Content.ReadAsStringAsync();
        return (response.StatusCode, response.Content.Headers.ContentType?.MediaType, JsonNode.Parse(body)!.AsObject());
    }

    private static string Request(string query, string? variablesJson = null) =>
        new JsonObject { ["query"] = query, ["variables"] = variablesJson is null ? null : JsonNode.Parse(variablesJson) }.ToJsonString();

    private static string FirstMessage(JsonObject body) => body["errors"]![0]!["message"]!.GetValue<string>();

    [Fact]
    public async Task A_query_executes_and_repeats_come_from_the_document_cache()
    {
        var handler = new GraphQLHttpHandler(OracleSchema.Instance, new GraphQLHttpOptions { RootValue = OracleSchema.RootValue });
        await using var server = await TestServer.StartAsync(handler);
        for (var i = 0; i < 3; i++)
        {
            var (status, mediaType, body) = await PostAsync(server, Request("{ dog { name owner { name } } }"), GraphQLResponse);
            Assert.Equal(HttpStatusCode.OK, status);
            Assert.Equal(GraphQLResponse, mediaType);
            Assert.Equal("""{"data":{"dog":{"name":"Rex","owner":{"name":"Ada"}}}}""", body.ToJsonString());
            Assert.Equal(1, handler.Cache.Count);
        }
        await PostAsync(server, Request("{ unknownField }"));
        Assert.Equal(2, handler.Cache.Count);
    }

    [Fact]
    public async Task Mutations_over_get_are_refused_with_405()
    {
        await using var server = await TestServer.StartAsync(OracleSchema.Instance);
        using var client = new HttpClient();
        using var response = await client.GetAsync(server.Endpoint + "?query=" + Uri.EscapeDataString("mutation { setFlag(value: true) }"));
        Assert.Equal(HttpStatusCode.MethodNotAllowed, response.StatusCode);
        Assert.Contains("POST", response.Content.Headers.Allow);
    }

    [Fact]
    public async Task Unsupported_accept_gets_406_and_validation_errors_follow_the_media_type()
    {
        await using var server = await TestServer.StartAsync(OracleSchema.Instance);
        var (notAcceptable, _, _) = await PostAsync(server, Request("{ hello }"), "text/html");
        Assert.Equal(HttpStatusCode.NotAcceptable, notAcceptable);
        var (jsonStatus, _, jsonBody) = await PostAsync(server, Request("{ xyzzy123 }"), "application/json");
        Assert.Equal(HttpStatusCode.OK, jsonStatus);
        Assert.Equal("Cannot query field \"xyzzy123\" on type \"Query\".", FirstMessage(jsonBody));
        var (strictStatus, _, strictBody) = await PostAsync(server, Request("{ xyzzy123 }"), GraphQLResponse);
        Assert.Equal(HttpStatusCode.BadRequest, strictStatus);
        Assert.False(strictBody.ContainsKey("data"));
    }

    [Fact]
    public async Task Hundred_thousand_nested_selections_give_a_graphql_error()
    {
        await using var server = await TestServer.StartAsync(OracleSchema.Instance);
        var query = new StringBuilder().Insert(0, "{ dog ", 100_000).Append(new string('}', 100_000)).ToString();
        var (status, _, body) = await PostAsync(server, Request(query), GraphQLResponse);
        Assert.Equal(HttpStatusCode.BadRequest, status);
        Assert.StartsWith("Syntax Error: ", FirstMessage(body), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Hundred_thousand_aliases_give_a_graphql_error()
    {
        await using var server = await TestServer.StartAsync(OracleSchema.Instance);
        var query = new StringBuilder("{ ");
        for (var i = 0; i < 100_000; i++)
        {
            query.Append('a').Append(i).Append(": hello ");
        }
        var (status, _, body) = await PostAsync(server, Request(query.Append('}').ToString()), "application/json");
        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Contains("tokens", FirstMessage(body), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_ten_megabyte_query_is_refused_with_413()
    {
        await using var server = await TestServer.StartAsync(OracleSchema.Instance);
        var (status, _, body) = await PostAsync(server, Request("{ hello } # " + new string('x', 10 * 1024 * 1024)));
        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, status);
        Assert.Contains("larger than", FirstMessage(body), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Deeply_nested_list_variables_give_a_graphql_error()
    {
        await using var server = await TestServer.StartAsync(OracleSchema.Instance);
        var deep = new string('[', 100_000) + new string(']', 100_000);
        var (tooDeep, _, tooDeepBody) = await PostAsync(server, "{\"query\":\"query Q($v: [[Int]]) { hello }\",\"variables\":{\"v\":" + deep + "}}");
        Assert.Equal(HttpStatusCode.BadRequest, tooDeep);
        Assert.Contains("not valid JSON", FirstMessage(tooDeepBody), StringComparison.Ordinal);
        var nested = new string('[', 100) + "1" + new string(']', 100);
        var (status, _, body) = await PostAsync(server, "{\"query\":\"query Q($v: [String]) { complicatedArgs { stringListArgField(stringListArg: $v) } }\",\"variables\":{\"v\":" + nested + "}}", "application/json");
        Assert.Equal(HttpStatusCode.OK, status);
        Assert.StartsWith("Variable \"$v\" got invalid value", FirstMessage(body), StringComparison.Ordinal);
        Assert.False(body.ContainsKey("data"));
    }

    [Fact]
    public async Task Malformed_requests_get_400_with_a_graphql_error_body()
    {
        await using var server = await TestServer.StartAsync(OracleSchema.Instance);
        var (status, mediaType, body) = await PostAsync(server, "{ \"not json", GraphQLResponse);
        Assert.Equal(HttpStatusCode.BadRequest, status);
        Assert.Equal(GraphQLResponse, mediaType);
        Assert.StartsWith("The request body is not valid JSON", FirstMessage(body), StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", body.ToJsonString(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("{\"query\":\"{ hello(name: \\\"\\ud800\\\") }\"}", "The \"query\" parameter is not valid UTF-16 text")]
    [InlineData("{\"query\":\"{ hello(name: \\\"\\\\uD800\\\") }\"}", "Syntax Error: Invalid Unicode escape sequence")]
    [InlineData("{\"query\":\"{ hello(name: \\\"unterminated) }\"}", "Syntax Error: Unterminated string.")]
    [InlineData("{\"query\":\"query Q($s: String) { hello(name: $s) }\",\"variables\":{\"s\":[\"ok\",\"\\udc00\"]}}", "The \"variables\" parameter is not valid UTF-16 text")]
    public async Task Broken_strings_and_lone_surrogates_give_a_graphql_error(string body, string message)
    {
        await using var server = await TestServer.StartAsync(OracleSchema.Instance);
        var (status, _, response) = await PostAsync(server, body, GraphQLResponse);
        Assert.Equal(HttpStatusCode.BadRequest, status);
        Assert.StartsWith(message, FirstMessage(response), StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_default_limits_let_graphiql_introspect_the_schema()
    {
        await using var server = await TestServer.StartAsync(OracleSchema.Instance);
        var (status, _, body) = await PostAsync(server, Request(TestFiles.Read("Introspection", "IntrospectionQuery.graphql")), GraphQLResponse);
        Assert.Equal(HttpStatusCode.OK, status);
        Assert.False(body.ContainsKey("errors"), body["errors"]?.ToJsonString());
        Assert.Equal("Query", body["data"]!["__schema"]!["queryType"]!["name"]!.GetValue<string>());
    }
}
