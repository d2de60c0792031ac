using System.Net;
using System.Text.Json.Nodes;
using Gaoqing.Graph.Api.Tests.Support;

namespace Gaoqing.Graph.Api.Tests;

/// <summary>The host's own endpoints: /healthz, the placeholder at /, GraphiQL's page and its local assets.</summary>
public sealed class HostTests(SeedGraphFixture fixture) : IClassFixture<SeedGraphFixture>
{
    [Fact]
    public async Task Healthz_reports_the_documents()
    {
        var body = JsonNode.Parse(await fixture.Host.Client.GetStringAsync("/healthz"))!;
        Assert.Equal("ok", body["status"]!.GetValue<string>());
        Assert.Equal(2, body["documents"]!.GetValue<int>());
    }

    [Fact]
    public async Task The_root_page_links_to_graphiql()
    {
        using var response = await fixture.Host.Client.GetAsync("/");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/html", response.Content.Headers.ContentType!.MediaType);
        Assert.Contains("href=\"/graphiql\"", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Graphiql_and_every_asset_it_loads_are_served_locally()
    {
        var page = await fixture.Host.Client.GetStringAsync("/graphiql");
        var assets = System.Text.RegularExpressions.Regex.Matches(page, "(?:src|href)=\"([^\"]+)\"").Select(m => m.Groups[1].Value).ToList();
        Assert.Contains("/graphiql/graphiql.js", assets);
        Assert.Contains("/graphiql/graphiql.css", assets);
        foreach (var asset in assets)
        {
            Assert.StartsWith("/", asset, StringComparison.Ordinal);
            using var response = await fixture.Host.Client.GetAsync(asset);
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        }

        var css = await fixture.Host.Client.GetStringAsync("/graphiql/graphiql.css");
        Assert.DoesNotMatch("url\\([\"']?https?:", css);
    }

    [Fact]
    public async Task Unknown_paths_are_404()
    {
        using var response = await fixture.Host.Client.GetAsync("/no/such/page");
        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Fact]
    public async Task The_served_schema_is_the_contract_file()
    {
        var contract = await File.ReadAllTextAsync(RepositoryPaths.Contract("schema.graphql"));
        Assert.Equal(contract.ReplaceLineEndings(), Schema.DomainSchema.Sdl.ReplaceLineEndings());
    }
}
