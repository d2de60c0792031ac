using System.Net;
using System.Text.Json.Nodes;
using Gaoqing.Graph.Api.Tests.Support;

namespace Gaoqing.Graph.Api.Tests;

/// <summary>GET /api/ask gives the answer GraphQL ask gives, as JSON, and refuses a missing or oversized question.</summary>
public sealed class AskEndpointTests(SeedGraphFixture fixture) : IClassFixture<SeedGraphFixture>
{
    [Fact]
    public async Task The_chat_endpoint_answers_like_graphql_ask()
    {
        const string question = "县发展改革局牵头哪些任务";
        var body = JsonNode.Parse(await fixture.Host.Client.GetStringAsync("/api/ask?q=" + Uri.EscapeDataString(question)))!;
        var data = await fixture.Host.DataAsync("query($q: String!) { ask(question: $q) { intent text tasks { number } } }", new { q = question });

        var viaHttp = body["tasks"]!.AsArray().Select(task => task!["number"]!.GetValue<int>()).Order().ToArray();
        var viaGraphQL = data["ask"]!["tasks"]!.AsArray().Select(task => task!["number"]!.GetValue<int>()).Order().ToArray();
        Assert.Equal(23, viaHttp.Length);
        Assert.Equal(viaGraphQL, viaHttp);
        Assert.Equal(data["ask"]!["intent"]!.GetValue<string>(), body["intent"]!.GetValue<string>());
        Assert.Equal(data["ask"]!["text"]!.GetValue<string>(), body["text"]!.GetValue<string>());
    }

    [Fact]
    public async Task Markup_in_the_question_comes_back_as_a_plain_json_string()
    {
        const string question = "<script>alert(1)</script>";
        using var response = await fixture.Host.Client.GetAsync("/api/ask?q=" + Uri.EscapeDataString(question));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/json", response.Content.Headers.ContentType!.MediaType);
        var body = JsonNode.Parse(await response.Content.ReadAsStringAsync())!;
        Assert.Equal(question, body["question"]!.GetValue<string>());
    }

    [Theory]
    [InlineData("/api/ask", "'q'")]
    [InlineData("/api/ask?q=", null)]
    public async Task A_missing_question_is_a_bad_request_or_an_honest_answer(string path, string? problem)
    {
        using var response = await fixture.Host.Client.GetAsync(path);
        var body = JsonNode.Parse(await response.Content.ReadAsStringAsync())!;
        if (problem is null)
        {
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            Assert.False(string.IsNullOrWhiteSpace(body["text"]!.GetValue<string>()));
        }
        else
        {
            Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
            Assert.Contains(problem, body["error"]!.GetValue<string>(), StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task An_oversized_question_is_refused_with_its_length()
    {
        using var response = await fixture.Host.Client.GetAsync("/api/ask?q=" + new string('县', 10_001));
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("10001", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }
}
