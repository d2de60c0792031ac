using System.Globalization;
using System.Text.Json.Nodes;
using Gaoqing.Graph.Api.Tests.Support;
using Microsoft.Playwright;
using Xunit.Abstractions;

namespace Gaoqing.Graph.Api.Tests.Explorer;

/// <summary>The explorer at / in Debian's chromium against Kestrel on the seed graph: graph, chat, evidence, entity panel, hostile input.</summary>
public sealed class ExplorerTests(ExplorerBrowserFixture fixture, ITestOutputHelper output) : IClassFixture<ExplorerBrowserFixture>
{
    private const string Department = "县发展改革局";
    private const string DepartmentId = "department:县发展改革局";

    [Fact]
    public async Task Page_loads_the_unit_graph_with_no_console_errors_and_nothing_from_outside()
    {
        await using var explorer = await fixture.OpenAsync();
        var stats = await fixture.Host.DataAsync("{ stats { departments tasks documents } }");
        var departments = stats["stats"]!["departments"]!.GetValue<int>();

        var status = await explorer.Page.TextContentAsync("#graph-status");
        Assert.StartsWith($"图中 {departments} 个节点", status);
        Assert.Contains($"{stats["stats"]!["tasks"]} 项任务", await explorer.Page.TextContentAsync("#stats"));
        Assert.Equal(departments, await explorer.Page.EvaluateAsync<int>("() => window.gaoqingGraph.nodes('[kind = \"Department\"]').length"));
        Assert.Equal("zh-CN", await explorer.Page.GetAttributeAsync("html", "lang"));
        output.WriteLine($"graph ready {await explorer.Page.GetAttributeAsync("body", "data-ready-ms")} ms after navigation start");
        await explorer.ScreenshotAsync("graph");
        Assert.Empty(explorer.Errors);
        Assert.Empty(explorer.OutsideRequests);
    }

    [Fact]
    public async Task Asking_what_the_development_bureau_leads_shows_its_gold_tasks_as_chips_with_evidence()
    {
        await using var explorer = await fixture.OpenAsync();
        var gold = GoldLedTaskNumbers();

        await explorer.AskAsync(Department + "牵头哪些任务");
        var answer = await explorer.LastMessageAsync();

        var chipIds = await answer.Locator(".chip-task").EvaluateAllAsync<string[]>("chips => chips.map(chip => chip.dataset.id)");
        Assert.Equal(23, gold.Length);
        Assert.Equal(gold, chipIds.Select(TaskNumber).Order().ToArray());
        var evidence = answer.Locator(".evidence").First;
        Assert.True(await evidence.IsVisibleAsync());
        Assert.Contains(Department, await evidence.Locator(".evidence-text").TextContentAsync());
        Assert.Contains(Department, await evidence.Locator("mark").AllTextContentsAsync());
        await explorer.ScreenshotAsync("chat-answer");

        await answer.Locator(".chip-task").First.ClickAsync();
        await explorer.Page.WaitForFunctionAsync("id => window.gaoqingGraph.getElementById(id).selected()", chipIds[0]);
        var task = await fixture.Host.DataAsync("query($id: ID!) { node(id: $id) { ... on Task { text leads { name } } } }", new { id = chipIds[0] });
        Assert.Equal(task["node"]!["text"]!.GetValue<string>(), await explorer.Page.TextContentAsync("#panel .task-text"));
        var leadLinks = await explorer.Page.Locator("#panel .panel-section").First.Locator(".entity-link").AllTextContentsAsync();
        Assert.Equal(task["node"]!["leads"]!.AsArray().Select(lead => lead!["name"]!.GetValue<string>()), leadLinks);
        Assert.Empty(explorer.Errors);
    }

    [Fact]
    public async Task Clicking_a_unit_in_the_graph_expands_its_tasks_and_opens_its_panel()
    {
        await using var explorer = await fixture.OpenAsync();
        var data = await fixture.Host.DataAsync("""{ department(name: "县发展改革局") { leads(first: 100) { totalCount nodes { id } } supports(first: 100) { totalCount nodes { id } } } }""");
        var tasks = data["department"]!["leads"]!["nodes"]!.AsArray().Concat(data["department"]!["supports"]!["nodes"]!.AsArray())
            .Select(task => task!["id"]!.GetValue<string>()).Distinct().Count();
        Assert.Equal(0, await TaskNeighboursAsync(explorer.Page));

        var point = await explorer.Page.EvaluateAsync<double[]>(
            "id => { const cy = window.gaoqingGraph; const p = cy.getElementById(id).renderedPosition(); const box = cy.container().getBoundingClientRect(); return [box.left + p.x, box.top + p.y]; }",
            DepartmentId);
        await explorer.Page.Mouse.ClickAsync((float)point[0], (float)point[1]);

        await explorer.Page.WaitForFunctionAsync(
            "([id, count]) => window.gaoqingGraph.getElementById(id).neighborhood('node[kind = \"Task\"]').length === count", new object[] { DepartmentId, tasks });
        Assert.Equal(Department, await explorer.Page.TextContentAsync("#panel-title"));
        var leads = data["department"]!["leads"]!["totalCount"]!.GetValue<int>();
        Assert.Contains($"牵头任务（{leads}）", await explorer.Page.TextContentAsync("#panel"));
        Assert.Equal(leads + data["department"]!["supports"]!["totalCount"]!.GetValue<int>(), await explorer.Page.Locator("#panel .panel-section:nth-of-type(-n+2) .entity-link").CountAsync());
        await explorer.Page.WaitForTimeoutAsync(500);
        await explorer.ScreenshotAsync("entity-panel");
        Assert.Empty(explorer.Errors);
    }

    [Fact]
    public async Task An_indicator_found_by_search_shows_target_and_actual_values_side_by_side()
    {
        await using var explorer = await fixture.OpenAsync();
        var indicators = await fixture.Host.DataAsync("{ indicators(first: 500) { nodes { id name measurements { kind year } } } }");
        var both = indicators["indicators"]!["nodes"]!.AsArray().First(indicator => indicator!["measurements"]!.AsArray()
            .GroupBy(m => m!["year"]?.GetValue<int>()).Any(year => year.Select(m => m!["kind"]!.GetValue<string>()).Distinct().Count() == 2))!;

        await explorer.Page.FillAsync("#search-input", both["name"]!.GetValue<string>());
        await explorer.Page.PressAsync("#search-input", "Enter");
        var hit = explorer.Page.Locator($"#search-results button[data-id='{both["id"]}']");
        await hit.ClickAsync();

        await explorer.Page.WaitForFunctionAsync("id => window.gaoqingGraph.getElementById(id).selected()", both["id"]!.GetValue<string>());
        Assert.Equal(both["name"]!.GetValue<string>(), await explorer.Page.TextContentAsync("#panel-title"));
        Assert.True(await explorer.Page.Locator("#panel table.values tr:has(td.value-target):has(td.value-actual)").CountAsync() > 0);
        await explorer.ScreenshotAsync("indicator-panel");
        Assert.Empty(explorer.Errors);
    }

    [Fact]
    public async Task A_task_opened_from_a_chat_chip_shows_its_reported_outcome_target_beside_actual()
    {
        await using var explorer = await fixture.OpenAsync();
        var gold = GoldOutcome(51);

        await OpenTaskFromChatAsync(explorer, 51);
        var outcome = explorer.Page.Locator("#panel .outcome").First;
        Assert.Equal("未达标", await outcome.Locator(".outcome-badge").TextContentAsync());
        Assert.Equal($"{gold["target"]!["value"]}{gold["target"]!["unit"]}", await outcome.Locator(".outcome-target strong").TextContentAsync());
        Assert.Equal($"{gold["actual"]!["value"]}{gold["actual"]!["unit"]}", await outcome.Locator(".outcome-actual strong").TextContentAsync());
        Assert.Contains(gold["evidence"]!.GetValue<string>(), await outcome.Locator(".evidence-text").TextContentAsync());
        var percent = await outcome.Locator(".outcome-ratio strong").TextContentAsync();
        Assert.Equal(100 * gold["actual"]!["value"]!.GetValue<double>() / gold["target"]!["value"]!.GetValue<double>(),
            double.Parse(percent!.TrimEnd('%'), CultureInfo.InvariantCulture), 1);
        Assert.Contains("2024", await outcome.Locator("cite .entity-link").TextContentAsync());
        await explorer.Page.WaitForTimeoutAsync(500);
        await explorer.ScreenshotAsync("task-outcome");

        await OpenTaskFromChatAsync(explorer, 36);
        var done = explorer.Page.Locator("#panel .outcome").First;
        Assert.Equal("已完成", await done.Locator(".outcome-badge").TextContentAsync());
        Assert.Contains(GoldOutcome(36)["evidence"]!.GetValue<string>(), await done.Locator(".evidence-text").TextContentAsync());

        var report = done.Locator("cite .entity-link");
        var reportTitle = await report.TextContentAsync();
        await report.FocusAsync();
        await explorer.Page.Keyboard.PressAsync("Enter");
        await explorer.Page.WaitForFunctionAsync("title => document.getElementById('panel-title')?.textContent === title", reportTitle);
        Assert.Empty(explorer.Errors);
    }

    [Fact]
    public async Task A_task_no_later_document_reports_on_says_so_in_its_outcome_block()
    {
        await using var explorer = await fixture.OpenAsync();
        var tasks = await fixture.Host.DataAsync("{ tasks(first: 200) { nodes { id title outcomes { status } } } }");
        var task = await FirstFoundBySearchAsync(tasks["tasks"]!["nodes"]!.AsArray().Where(t => t!["outcomes"]!.AsArray().Count == 0));

        await explorer.Page.FillAsync("#search-input", task["title"]!.GetValue<string>());
        await explorer.Page.PressAsync("#search-input", "Enter");
        await explorer.Page.Locator($"#search-results button[data-id='{task["id"]}']").ClickAsync();
        await explorer.Page.WaitForFunctionAsync("id => window.gaoqingGraph.getElementById(id).selected()", task["id"]!.GetValue<string>());

        Assert.Equal("暂无后续报告", await explorer.Page.TextContentAsync("#panel .outcome-none"));
        Assert.Equal(0, await explorer.Page.Locator("#panel .outcome").CountAsync());
        Assert.Empty(explorer.Errors);
    }

    [Fact]
    public async Task An_indicator_panel_lists_the_other_names_the_indicator_goes_by()
    {
        await using var explorer = await fixture.OpenAsync();
        var data = await fixture.Host.DataAsync("""{ indicators(search: "新增城镇就业", first: 10) { nodes { id name aliases } } }""");
        var employment = data["indicators"]!["nodes"]!.AsArray().First(indicator => indicator!["aliases"]!.AsArray().Count > 0)!;
        var aliases = employment["aliases"]!.AsArray().Select(alias => alias!.GetValue<string>()).ToArray();

        await explorer.Page.FillAsync("#search-input", employment["name"]!.GetValue<string>());
        await explorer.Page.PressAsync("#search-input", "Enter");
        await explorer.Page.Locator($"#search-results button[data-id='{employment["id"]}']").ClickAsync();
        await explorer.Page.WaitForFunctionAsync("id => window.gaoqingGraph.getElementById(id).selected()", employment["id"]!.GetValue<string>());

        Assert.Equal("又称：" + string.Join("、", aliases), await explorer.Page.TextContentAsync("#panel .aliases"));
        Assert.Empty(explorer.Errors);
    }

    [Fact]
    public async Task Search_hits_and_the_panel_are_reached_with_the_keyboard_alone()
    {
        await using var explorer = await fixture.OpenAsync();

        await explorer.Page.Keyboard.PressAsync("Tab");
        await explorer.Page.Keyboard.PressAsync("Tab");
        Assert.Equal("search-input", await explorer.Page.EvaluateAsync<string>("() => document.activeElement.id"));
        await explorer.Page.Keyboard.TypeAsync("发改局");
        await explorer.Page.Keyboard.PressAsync("Enter");
        await explorer.Page.WaitForFunctionAsync("() => document.activeElement.classList.contains('search-hit')");
        Assert.Equal(DepartmentId, await explorer.Page.EvaluateAsync<string>("() => document.activeElement.dataset.id"));
        await explorer.Page.Keyboard.PressAsync("Enter");

        await explorer.Page.WaitForFunctionAsync("id => window.gaoqingGraph.getElementById(id).selected()", DepartmentId);
        Assert.Equal(Department, await explorer.Page.TextContentAsync("#panel-title"));
        Assert.Empty(explorer.Errors);
    }

    [Fact]
    public async Task A_units_panel_downloads_its_responsibility_table_as_the_api_serves_it()
    {
        await using var explorer = await fixture.OpenAsync();
        await explorer.Page.FillAsync("#search-input", "发改局");
        await explorer.Page.PressAsync("#search-input", "Enter");
        await explorer.Page.ClickAsync($".search-hit[data-id='{DepartmentId}']");
        await explorer.Page.WaitForFunctionAsync("title => document.getElementById('panel-title')?.textContent === title", Department);

        var link = explorer.Page.Locator("#panel a.download-link");
        Assert.Equal("下载责任清单 (CSV)", await link.TextContentAsync());
        Assert.Equal("/api/responsibilities.csv?department=" + Uri.EscapeDataString(Department), await link.GetAttributeAsync("href"));
        var download = await explorer.Page.RunAndWaitForDownloadAsync(() => link.ClickAsync());

        Assert.Equal("responsibilities-" + Department + ".csv", download.SuggestedFilename);
        var saved = await File.ReadAllBytesAsync((await download.PathAsync())!);
        Assert.Equal(await fixture.Host.Client.GetByteArrayAsync("/api/responsibilities.csv?department=" + Uri.EscapeDataString(Department)), saved);
        Assert.Empty(explorer.Errors);
    }

    [Theory]
    [InlineData("<script>alert(1)</script>")]
    [InlineData("<img src=x onerror=\"window.injected=1\">县发展改革局")]
    public async Task Markup_typed_in_the_chat_box_is_shown_as_text_and_never_runs(string question)
    {
        await using var explorer = await fixture.OpenAsync();

        await explorer.AskAsync(question);
        var answer = await explorer.LastMessageAsync();

        Assert.Equal(question, await explorer.Page.Locator("#chat-log .message.question").Last.TextContentAsync());
        Assert.False(string.IsNullOrWhiteSpace(await answer.TextContentAsync()));
        Assert.Equal(0, await explorer.Page.Locator("#chat-log script, #chat-log img").CountAsync());
        Assert.True(await explorer.Page.EvaluateAsync<bool>("() => window.injected === undefined"));
        await explorer.ScreenshotAsync("markup-" + question.Length.ToString(CultureInfo.InvariantCulture));
        Assert.Empty(explorer.Errors);
    }

    [Fact]
    public async Task Empty_and_very_long_questions_get_a_message_in_the_chat_box()
    {
        await using var explorer = await fixture.OpenAsync();

        await explorer.AskAsync("   ");
        var empty = await explorer.LastMessageAsync();
        Assert.Contains("请输入问题", await empty.TextContentAsync());
        Assert.Equal(0, await explorer.Page.Locator("#chat-log .message.question").CountAsync());

        var longQuestion = string.Concat(Enumerable.Repeat("<b>县发展改革局</b>", 300));
        await explorer.AskAsync(longQuestion);
        var answer = await explorer.LastMessageAsync();
        Assert.Equal(longQuestion, await explorer.Page.Locator("#chat-log .message.question").Last.TextContentAsync());
        Assert.Equal(0, await explorer.Page.Locator("#chat-log b").CountAsync());
        Assert.False(string.IsNullOrWhiteSpace(await answer.Locator(".answer-text, [role=alert]").First.TextContentAsync()));
        await explorer.ScreenshotAsync("long-question");
        Assert.Empty(explorer.Errors);
    }

    private static async Task OpenTaskFromChatAsync(ExplorerPage explorer, int number)
    {
        await explorer.AskAsync($"第{number}项由谁牵头");
        var answer = await explorer.LastMessageAsync();
        var chip = answer.Locator($".chip-task[data-id$=':{number}']").First;
        var id = await chip.GetAttributeAsync("data-id");
        await chip.ClickAsync();
        await explorer.Page.WaitForFunctionAsync("id => window.gaoqingGraph.getElementById(id).selected()", id);
        await explorer.Page.WaitForSelectorAsync($"#panel-title:has-text('第{number}项')");
    }

    private async Task<JsonNode> FirstFoundBySearchAsync(IEnumerable<JsonNode?> tasks)
    {
        foreach (var task in tasks)
        {
            var hits = await fixture.Host.DataAsync("query($text: String!) { search(text: $text, first: 8) { node { id } } }", new { text = task!["title"]!.GetValue<string>() });
            if (hits["search"]!.AsArray().Any(hit => hit!["node"]!["id"]!.GetValue<string>() == task["id"]!.GetValue<string>()))
            {
                return task;
            }
        }

        throw new InvalidOperationException("no task without outcomes is found by searching its title");
    }

    private static JsonNode GoldOutcome(int task) =>
        JsonNode.Parse(File.ReadAllText(RepositoryPaths.Gold("gaoqing-2023-outcomes.gold.json")))!["outcomes"]!.AsArray()
            .Single(outcome => outcome!["task"]!.GetValue<int>() == task)!;

    private static Task<int> TaskNeighboursAsync(IPage page) =>
        page.EvaluateAsync<int>("id => window.gaoqingGraph.getElementById(id).neighborhood('node[kind = \"Task\"]').length", DepartmentId);

    private static int TaskNumber(string id) => int.Parse(id[(id.LastIndexOf(':') + 1)..], CultureInfo.InvariantCulture);

    private static int[] GoldLedTaskNumbers() =>
        JsonNode.Parse(File.ReadAllText(RepositoryPaths.Gold("gaoqing-2023-key-tasks.gold.json")))!["tasks"]!.AsArray()
            .Where(task => task!["lead"]!.AsArray().Any(name => name!.GetValue<string>() == Department))
            .Select(task => task!["number"]!.GetValue<int>())
            .Order()
            .ToArray();
}
