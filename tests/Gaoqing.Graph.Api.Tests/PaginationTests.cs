using System.Text.Json.Nodes;
using Gaoqing.Graph.Api.Tests.Support;

namespace Gaoqing.Graph.Api.Tests;

/// <summary>Relay connections: cursors, totalCount and pageInfo visit every item exactly once.</summary>
public sealed class PaginationTests(SeedGraphFixture fixture) : IClassFixture<SeedGraphFixture>
{
    [Theory]
    [InlineData(1)]
    [InlineData(7)]
    [InlineData(50)]
    public async Task Paging_over_all_tasks_visits_each_once(int pageSize)
    {
        var total = (await fixture.Host.DataAsync("{ stats { tasks } }"))["stats"]!["tasks"]!.GetValue<int>();
        var seen = await PageAllAsync("tasks", pageSize);
        Assert.Equal(total, seen.Count);
        Assert.Equal(total, seen.Distinct().Count());
    }

    [Theory]
    [InlineData("departments")]
    [InlineData("projects")]
    [InlineData("places")]
    [InlineData("indicators")]
    public async Task Paging_over_entities_visits_each_once(string field)
    {
        var label = field switch { "departments" => "departments", "projects" => "projects", "places" => "places", _ => "indicators" };
        var total = (await fixture.Host.DataAsync($"{{ stats {{ {label} }} }}"))["stats"]![label]!.GetValue<int>();
        var seen = await PageAllAsync(field, 6);
        Assert.Equal(total, seen.Count);
        Assert.Equal(total, seen.Distinct().Count());
    }

    [Fact]
    public async Task Edges_carry_the_cursor_that_continues_after_them()
    {
        var data = await fixture.Host.DataAsync("{ tasks(first: 3) { edges { cursor node { id } } pageInfo { endCursor hasNextPage } } }");
        var edges = data["tasks"]!["edges"]!.AsArray();
        Assert.Equal(edges[2]!["cursor"]!.GetValue<string>(), data["tasks"]!["pageInfo"]!["endCursor"]!.GetValue<string>());
        var next = await fixture.Host.DataAsync("query($a: String) { tasks(first: 2, after: $a) { nodes { id } } }", new { a = edges[0]!["cursor"]!.GetValue<string>() });
        Assert.Equal(edges[1]!["node"]!["id"]!.GetValue<string>(), next["tasks"]!["nodes"]![0]!["id"]!.GetValue<string>());
    }

    [Fact]
    public async Task Department_leads_page_in_order()
    {
        var all = await fixture.Host.DataAsync("""{ department(name: "发改局") { leads(first: 100) { nodes { number } } } }""");
        var numbers = new List<int>();
        string? after = null;
        do
        {
            var page = (await fixture.Host.DataAsync(
                """query($a: String) { department(name: "发改局") { leads(first: 5, after: $a) { totalCount nodes { number } pageInfo { hasNextPage endCursor } } } }""",
                new { a = after }))["department"]!["leads"]!;
            Assert.Equal(23, page["totalCount"]!.GetValue<int>());
            numbers.AddRange(page["nodes"]!.AsArray().Select(n => n!["number"]!.GetValue<int>()));
            after = page["pageInfo"]!["hasNextPage"]!.GetValue<bool>() ? page["pageInfo"]!["endCursor"]!.GetValue<string>() : null;
        }
        while (after is not null);
        Assert.Equal(all["department"]!["leads"]!["nodes"]!.AsArray().Select(n => n!["number"]!.GetValue<int>()), numbers);
    }

    [Theory]
    [InlineData("{ tasks(first: -1) { totalCount } }", "first: -1 is out of range")]
    [InlineData("{ tasks(first: 100000) { totalCount } }", "first: 100000 is out of range")]
    [InlineData("""{ tasks(after: "!!not a cursor!!") { totalCount } }""", "is not a cursor given by this API")]
    [InlineData("""{ tasks(after: "bm9wZQ") { totalCount } }""", "not in this list")]
    public async Task Bad_paging_arguments_are_named(string query, string message)
    {
        var result = await fixture.Host.PostAsync(query);
        Assert.Contains(message, result["errors"]![0]!["message"]!.GetValue<string>(), StringComparison.Ordinal);
    }

    private async Task<List<string>> PageAllAsync(string field, int pageSize)
    {
        var seen = new List<string>();
        string? after = null;
        for (var guard = 0; guard < 10_000; guard++)
        {
            var page = (await fixture.Host.DataAsync(
                $"query($f: Int, $a: String) {{ {field}(first: $f, after: $a) {{ totalCount nodes {{ id }} pageInfo {{ hasNextPage endCursor }} }} }}",
                new { f = pageSize, a = after }))[field]!;
            var nodes = page["nodes"]!.AsArray();
            Assert.True(nodes.Count <= pageSize);
            seen.AddRange(nodes.Select(n => n!["id"]!.GetValue<string>()));
            if (!page["pageInfo"]!["hasNextPage"]!.GetValue<bool>())
            {
                Assert.Equal(page["totalCount"]!.GetValue<int>(), seen.Count);
                return seen;
            }

            after = page["pageInfo"]!["endCursor"]!.GetValue<string>();
        }

        throw new InvalidOperationException("paging did not end");
    }
}
