using Gaoqing.Graph.Api.Tests.Support;

namespace Gaoqing.Graph.Api.Tests;

/// <summary>The fields of schema-tracing.graphql on the seed graph: task and measurement outcomes with figures and evidence, indicator aliases.</summary>
public sealed class TracingFieldTests(SeedGraphFixture fixture) : IClassFixture<SeedGraphFixture>
{
    [Fact]
    public async Task Key_task_outcomes_carry_status_figures_ratio_and_the_reports_evidence()
    {
        var data = await fixture.Host.DataAsync("""
            query($id: ID!) { document(id: $id) { tasks(first: 100) { nodes { number outcomes {
                status ratio target { value unit kind } actual { value unit kind year }
                document { docNumber } evidence { document { docNumber } start end text } } } } } }
            """, new { id = "document:高政办字〔2023〕20号" });
        var tasks = data["document"]!["tasks"]!["nodes"]!.AsArray();
        var employment = tasks.Single(t => t!["number"]!.GetValue<int>() == 59)!["outcomes"]!.AsArray().Single()!;
        Assert.Equal("MET", employment["status"]!.GetValue<string>());
        Assert.Equal(1354.0 / 1200.0, employment["ratio"]!.GetValue<double>(), 6);
        Assert.Equal((1200.0, "TARGET"), (employment["target"]!["value"]!.GetValue<double>(), employment["target"]!["kind"]!.GetValue<string>()));
        Assert.Equal((1354.0, "ACTUAL", 2023), (employment["actual"]!["value"]!.GetValue<double>(), employment["actual"]!["kind"]!.GetValue<string>(), employment["actual"]!["year"]!.GetValue<int>()));
        Assert.Equal("高政发〔2024〕1号", employment["document"]!["docNumber"]!.GetValue<string>());
        Assert.Equal("新增城镇就业1354人", employment["evidence"]!["text"]!.GetValue<string>());
        var projects = tasks.Single(t => t!["number"]!.GetValue<int>() == 51)!["outcomes"]!.AsArray().Single()!;
        Assert.Equal(("NOT_MET", 43.0), (projects["status"]!.GetValue<string>(), projects["actual"]!["value"]!.GetValue<double>()));
        var sluice = tasks.Single(t => t!["number"]!.GetValue<int>() == 36)!["outcomes"]!.AsArray().Single()!;
        Assert.Equal("DONE", sluice["status"]!.GetValue<string>());
        Assert.Null(sluice["target"]);
        Assert.Null(sluice["ratio"]);
        Assert.Contains("马扎子引黄涵闸改建完工投用", sluice["evidence"]!["text"]!.GetValue<string>(), StringComparison.Ordinal);
        var all = tasks.SelectMany(t => t!["outcomes"]!.AsArray()).ToList();
        Assert.Equal(24, all.Count);
        Assert.All(all, o => Assert.Equal("高政发〔2024〕1号", o!["evidence"]!["document"]!["docNumber"]!.GetValue<string>()));
    }

    [Fact]
    public async Task The_outcomes_of_every_task_of_a_page_are_traced_once_for_a_store_without_its_own_cache()
    {
        fixture.Host.Store.Reset();
        var data = await fixture.Host.DataAsync("{ tasks(first: 200) { nodes { id outcomes { status } } } }");
        var tasks = data["tasks"]!["nodes"]!.AsArray();
        Assert.True(tasks.Count > 70);
        Assert.Equal(24, tasks.Sum(t => t!["outcomes"]!.AsArray().Count));
        Assert.Single(fixture.Host.Store.Calls.Split(", "), call => call == "graph");
    }

    [Fact]
    public async Task A_targets_outcomes_are_read_through_the_measurement_for_task_targets_and_targets_stated_outside_tasks()
    {
        await using var host = await ApiHost.StartAsync();
        var review = await File.ReadAllTextAsync(Path.Combine(
            RepositoryPaths.Root, "tests", "Gaoqing.Graph.Model.Tests", "Tracing", "Documents", "gaoqing-2025-plan-written-for-tests.txt"));
        await host.DataAsync("mutation($i: IngestDocumentInput!) { ingestDocument(input: $i) { document { id } } }", new { i = new { text = review } }, ApiHost.Key);
        const string Query = """
            query($search: String!) { indicators(search: $search, first: 10) { nodes { name measurements {
                kind year value task { number } document { docNumber }
                outcomes { status ratio target { value } actual { value year } document { docNumber } evidence { text } } } } } }
            """;

        var growth = (await host.DataAsync(Query, new { search = "地区生产总值增长" }))["indicators"]!["nodes"]!.AsArray()
            .Single(i => i!["name"]!.GetValue<string>() == "地区生产总值增长")!["measurements"]!.AsArray();
        var target2024 = growth.Single(m => m!["kind"]!.GetValue<string>() == "TARGET" && m["year"]!.GetValue<int>() == 2024)!;
        Assert.Null(target2024["task"]);
        Assert.Equal("高政发〔2024〕1号", target2024["document"]!["docNumber"]!.GetValue<string>());
        var outcome = target2024["outcomes"]!.AsArray().Single()!;
        Assert.Equal(("NOT_MET", 6.0, 5.4, 2024), (outcome["status"]!.GetValue<string>(), outcome["target"]!["value"]!.GetValue<double>(),
            outcome["actual"]!["value"]!.GetValue<double>(), outcome["actual"]!["year"]!.GetValue<int>()));
        Assert.Equal(0.9, outcome["ratio"]!.GetValue<double>(), 6);
        Assert.Equal("高政发〔2025〕1号", outcome["document"]!["docNumber"]!.GetValue<string>());
        Assert.Contains("同比增长5.4%", outcome["evidence"]!["text"]!.GetValue<string>(), StringComparison.Ordinal);
        Assert.All(growth.Where(m => m != target2024), m => Assert.Empty(m!["outcomes"]!.AsArray()));

        var employment = (await host.DataAsync(Query, new { search = "城镇就业" }))["indicators"]!["nodes"]!.AsArray()
            .Single(i => i!["name"]!.GetValue<string>() == "新增城镇就业")!["measurements"]!.AsArray();
        var target2023 = employment.Single(m => m!["kind"]!.GetValue<string>() == "TARGET" && m["year"]!.GetValue<int>() == 2023)!;
        Assert.Equal(59, target2023["task"]!["number"]!.GetValue<int>());
        Assert.Equal(("MET", 1354.0), (target2023["outcomes"]![0]!["status"]!.GetValue<string>(), target2023["outcomes"]![0]!["actual"]!["value"]!.GetValue<double>()));
        Assert.All(employment.Where(m => m!["kind"]!.GetValue<string>() == "ACTUAL"), m => Assert.Empty(m!["outcomes"]!.AsArray()));
    }

    [Fact]
    public async Task An_indicator_lists_its_aliases()
    {
        var data = await fixture.Host.DataAsync("""
            { indicators(search: "城镇就业", first: 10) { nodes { name aliases measurements { value kind year } } } }
            """);
        var employment = data["indicators"]!["nodes"]!.AsArray().Single(i => i!["name"]!.GetValue<string>() == "新增城镇就业")!;
        Assert.Contains("城镇新增就业", employment["aliases"]!.AsArray().Select(a => a!.GetValue<string>()));
        Assert.Equal(
            [(1354.0, "ACTUAL", 2023), (1200.0, "TARGET", 2023), (1200.0, "TARGET", 2024)],
            employment["measurements"]!.AsArray()
                .Select(m => (m!["value"]!.GetValue<double>(), m["kind"]!.GetValue<string>(), m["year"]!.GetValue<int>()))
                .OrderBy(m => m.Item3).ThenBy(m => m.Item2, StringComparer.Ordinal));
    }
}
