using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Gaoqing.Graph.GraphQL.Execution;
using Gaoqing.Graph.GraphQL.Http;
using Gaoqing.Graph.GraphQL.Types;

namespace Gaoqing.Graph.GraphQL.Tests.Http;

/// <summary>A request that runs past its time limit is cancelled and answered with a GraphQL error; resolver failures never show stack traces.</summary>
public sealed class GraphQLHttpTimeoutTests
{
    private static readonly Schema Schema = new SchemaBuilder()
        .Object("Query", q => q
            .Field("fast", "String", _ => "done")
            .Field("slow", "String", async (ResolveContext c) =>
            {
                await Task.Delay(Timeout.Infinite, c.CancellationToken);
                return "never";
            })
            .Field("broken", "String", (Func<ResolveContext, object?>)(_ => throw new InvalidOperationException("the store is unavailable"))))
        .Build();

    private static async Task<(HttpStatusCode Status, JsonObject Body)> PostAsync(TestServer server, string query)
    {
        using var client = new HttpClient();
        using var response = await client.PostAsJsonAsync(server.Endpoint, new { query });
        return (response.StatusCode, JsonNode.Parse(await response.Content.ReadAsStringAsync())!.AsObject());
    }

    [Fact]
    public async Task A_request_past_its_time_limit_gets_504_with_a_graphql_error()
    {
        await using var server = await TestServer.StartAsync(Schema, new GraphQLHttpOptions { RequestTimeout = TimeSpan.FromMilliseconds(300) });
        var (status, body) = await PostAsync(server, "{ fast slow }");
        Assert.Equal(HttpStatusCode.GatewayTimeout, status);
        Assert.Equal("The request took longer than 0.3 seconds and was cancelled.", body["errors"]![0]!["message"]!.GetValue<string>());
        var (fastStatus, fastBody) = await PostAsync(server, "{ fast }");
        Assert.Equal(HttpStatusCode.OK, fastStatus);
        Assert.Equal("""{"data":{"fast":"done"}}""", fastBody.ToJsonString());
    }

    [Fact]
    public async Task A_failing_resolver_gives_its_message_and_no_stack_trace()
    {
        await using var server = await TestServer.StartAsync(Schema);
        var (status, body) = await PostAsync(server, "{ fast broken }");
        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Equal("done", body["data"]!["fast"]!.GetValue<string>());
        Assert.Equal("the store is unavailable", body["errors"]![0]!["message"]!.GetValue<string>());
        Assert.DoesNotContain(" at ", body.ToJsonString(), StringComparison.Ordinal);
    }
}
