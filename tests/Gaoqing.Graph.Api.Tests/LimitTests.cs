using System.Net;
using System.Text;
using Gaoqing.Graph.Api.Tests.Support;

namespace Gaoqing.Graph.Api.Tests;

/// <summary>Request limits (depth, aliases, cost, size) answer with an error that names the limit.</summary>
public sealed class LimitTests(SeedGraphFixture fixture) : IClassFixture<SeedGraphFixture>
{
    [Fact]
    public async Task Too_deep_a_query_is_refused()
    {
        var query = "{ tasks(first: 1) { nodes " + string.Concat(Enumerable.Repeat("{ section { document { sections { tasks ", 4)) + "{ id }" + new string('}', 17) + " }";
        var message = await FirstErrorAsync(query);
        Assert.Contains("depth", message, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task Too_many_aliases_are_refused()
    {
        var query = "{ " + string.Join(" ", Enumerable.Range(0, 40).Select(i => $"a{i}: stats {{ tasks }}")) + " }";
        var message = await FirstErrorAsync(query);
        Assert.Contains("alias", message, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task Too_costly_a_query_is_refused()
    {
        var query = "{ departments { nodes { leads { nodes { supports { leads { nodes { supports { supports { nodes { leads { id } } } } } } } } } } } }";
        var message = await FirstErrorAsync(query);
        Assert.Contains("cost", message, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task Too_large_a_request_is_refused_with_413()
    {
        var query = "{ stats { tasks } }" + new string(' ', 70 * 1024);
        using var response = await fixture.Host.SendAsync(query);
        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
        Assert.Contains("bytes", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_introspection_query_of_graphiql_fits_the_limits()
    {
        var data = await fixture.Host.DataAsync("""
            query IntrospectionQuery { __schema { queryType { name } mutationType { name } types { ...FullType } directives { name args { ...InputValue } } } }
            fragment FullType on __Type { kind name description fields(includeDeprecated: true) { name args { ...InputValue } type { ...TypeRef } isDeprecated deprecationReason }
              inputFields { ...InputValue } interfaces { ...TypeRef } enumValues(includeDeprecated: true) { name } possibleTypes { ...TypeRef } }
            fragment InputValue on __InputValue { name type { ...TypeRef } defaultValue }
            fragment TypeRef on __Type { kind name ofType { kind name ofType { kind name ofType { kind name ofType { kind name ofType { kind name ofType { kind name ofType { kind name } } } } } } } }
            """);
        Assert.Equal("Query", data["__schema"]!["queryType"]!["name"]!.GetValue<string>());
    }

    [Theory]
    [InlineData("{\"query\": \"{ stats { tasks \"}")]
    [InlineData("{\"query\": 12}")]
    [InlineData("not json at all")]
    public async Task Malformed_requests_get_errors_without_stack_traces(string body)
    {
        using var content = new StringContent(body, Encoding.UTF8, "application/json");
        using var response = await fixture.Host.Client.PostAsync("/graphql", content);
        var text = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode is HttpStatusCode.BadRequest or HttpStatusCode.OK, response.StatusCode.ToString());
        Assert.Contains("\"errors\"", text, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", text, StringComparison.Ordinal);
        Assert.DoesNotContain(".cs:line", text, StringComparison.Ordinal);
        Assert.DoesNotContain("Exception", text, StringComparison.Ordinal);
    }

    private async Task<string> FirstErrorAsync(string query)
    {
        var result = await fixture.Host.PostAsync(query);
        Assert.Null(result["data"]);
        return result["errors"]![0]!["message"]!.GetValue<string>();
    }
}
