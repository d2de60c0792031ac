using Gaoqing.Graph.Api.Tests.Support;

namespace Gaoqing.Graph.Api.Tests;

/// <summary>Per-request batched loading: the store is called a handful of times however many parents a field has.</summary>
public sealed class BatchedLoadingTests(SeedGraphFixture fixture) : IClassFixture<SeedGraphFixture>
{
    private const string KeyTasks = "document:高政办字〔2023〕20号";

    [Fact]
    public async Task Seventy_tasks_with_leads_and_supports_cost_a_handful_of_store_calls()
    {
        fixture.Host.Store.Reset();
        var data = await fixture.Host.DataAsync(
            "query($d: ID) { tasks(first: 100, filter: { documentId: $d }) { totalCount nodes { number leads { name } supports { name } } } }",
            new { d = KeyTasks });
        var reads = fixture.Host.Store.Reads;
        Assert.Equal(70, data["tasks"]!["totalCount"]!.GetValue<int>());
        Assert.Equal(70, data["tasks"]!["nodes"]!.AsArray().Count);
        Assert.True(reads <= 5, $"{reads} store calls for 70 tasks with leads and supports: {fixture.Host.Store.Calls}");
    }

    [Fact]
    public async Task Nested_lists_cost_one_round_of_calls_per_level_not_per_parent()
    {
        fixture.Host.Store.Reset();
        var data = await fixture.Host.DataAsync("""
            { department(name: "发改局") { leads(first: 100) { nodes { supports { name supports(first: 100) { nodes { title section { title } document { title } } } } } } } }
            """);
        var reads = fixture.Host.Store.Reads;
        var supports = data["department"]!["leads"]!["nodes"]!.AsArray().SelectMany(t => t!["supports"]!.AsArray()).Count();
        Assert.True(supports > 30, $"only {supports} supporting units");
        Assert.True(reads <= 12, $"{reads} store calls for {supports} supporting units and their tasks: {fixture.Host.Store.Calls}");
    }

    [Fact]
    public async Task Evidence_texts_are_read_once_per_document()
    {
        fixture.Host.Store.Reset();
        var data = await fixture.Host.DataAsync("{ tasks(first: 200) { nodes { evidence { text document { id } } } } }");
        var documents = data["tasks"]!["nodes"]!.AsArray().Select(t => t!["evidence"]!["document"]!["id"]!.GetValue<string>()).Distinct().Count();
        Assert.Equal(2, documents);
        Assert.True(fixture.Host.Store.Reads <= 2 + documents + 1, $"{fixture.Host.Store.Reads} store calls: {fixture.Host.Store.Calls}");
    }
}
