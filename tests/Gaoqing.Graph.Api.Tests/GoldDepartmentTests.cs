using System.Text.Json.Nodes;
using Gaoqing.Graph.Api.Tests.Support;

namespace Gaoqing.Graph.Api.Tests;

/// <summary>Alias-aware department lookup and its led tasks and their supports against the key-tasks gold file.</summary>
public sealed class GoldDepartmentTests(SeedGraphFixture fixture) : IClassFixture<SeedGraphFixture>
{
    private const string Department = "县发展改革局";

    private static readonly JsonArray GoldTasks =
        JsonNode.Parse(File.ReadAllText(RepositoryPaths.Gold("gaoqing-2023-key-tasks.gold.json")))!["tasks"]!.AsArray();

    [Fact]
    public async Task Department_by_alias_leads_the_gold_tasks()
    {
        var data = await fixture.Host.DataAsync("""{ department(name: "发改局") { name leads { totalCount nodes { number } } } }""");
        var expected = GoldTasks.Where(t => Names(t!["lead"]).Contains(Department)).Select(t => t!["number"]!.GetValue<int>()).Order().ToArray();
        Assert.Equal(23, expected.Length);
        Assert.Equal(Department, data["department"]!["name"]!.GetValue<string>());
        Assert.Equal(23, data["department"]!["leads"]!["totalCount"]!.GetValue<int>());
        var numbers = data["department"]!["leads"]!["nodes"]!.AsArray().Select(n => n!["number"]!.GetValue<int>()).Order().ToArray();
        Assert.Equal(expected, numbers);
    }

    [Fact]
    public async Task Each_led_task_has_the_gold_supports()
    {
        var data = await fixture.Host.DataAsync("""{ department(name: "县发改局") { leads(first: 100) { nodes { number supports { name } } } } }""");
        var gold = GoldTasks.ToDictionary(t => t!["number"]!.GetValue<int>(), t => Names(t!["support"]).Order(StringComparer.Ordinal).ToArray());
        var tasks = data["department"]!["leads"]!["nodes"]!.AsArray();
        Assert.Equal(23, tasks.Count);
        foreach (var task in tasks)
        {
            var number = task!["number"]!.GetValue<int>();
            var supports = task["supports"]!.AsArray().Select(s => s!["name"]!.GetValue<string>()).Order(StringComparer.Ordinal).ToArray();
            Assert.True(gold[number].SequenceEqual(supports), $"task {number}: gold [{string.Join("、", gold[number])}], API [{string.Join("、", supports)}]");
        }
    }

    [Theory]
    [InlineData("发改局")]
    [InlineData("县发改局")]
    [InlineData("县发展改革局")]
    [InlineData("  县发展改革局 ")]
    [InlineData("发展改革局")]
    public async Task Every_written_form_resolves_to_the_same_department(string name)
    {
        var data = await fixture.Host.DataAsync("query($n: String!) { department(name: $n) { id name aliases level } }", new { n = name });
        Assert.Equal("department:" + Department, data["department"]!["id"]!.GetValue<string>());
        Assert.Contains("发改局", data["department"]!["aliases"]!.AsArray().Select(a => a!.GetValue<string>()));
    }

    [Theory]
    [InlineData("不存在的局")]
    [InlineData("")]
    [InlineData("县")]
    public async Task Unknown_department_is_null(string name)
    {
        var data = await fixture.Host.DataAsync("query($n: String!) { department(name: $n) { id } }", new { n = name });
        Assert.Null(data["department"]);
    }

    [Fact]
    public async Task Tasks_filtered_by_lead_and_support_agree_with_gold()
    {
        var data = await fixture.Host.DataAsync("""
            { led: tasks(filter: { ledBy: "发改局" }, first: 100) { totalCount }
              supported: tasks(filter: { supportedBy: "县科技局", year: 2023 }, first: 100) { totalCount nodes { number } } }
            """);
        Assert.Equal(23, data["led"]!["totalCount"]!.GetValue<int>());
        var expected = GoldTasks.Where(t => Names(t!["support"]).Contains("县科技局")).Select(t => t!["number"]!.GetValue<int>()).Order().ToArray();
        var numbers = data["supported"]!["nodes"]!.AsArray().Select(n => n!["number"]!.GetValue<int>()).Order().ToArray();
        Assert.NotEmpty(expected);
        Assert.Equal(expected, numbers);
    }

    private static string[] Names(JsonNode? list) => [.. list!.AsArray().Select(n => n!.GetValue<string>())];
}
