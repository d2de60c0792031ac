using Gaoqing.Graph.Answering.Graph;
using Gaoqing.Graph.Model;
using Gaoqing.Graph.Model.Store;

namespace Gaoqing.Graph.Answering.Tests;

/// <summary>Questions about whether the 2023 plan came true, answered from the outcomes the 2024 report gives and checked
/// against gaoqing-2023-outcomes.gold.json.</summary>
public sealed class OutcomeAnswerTests(SeedGraph seed) : IClassFixture<SeedGraph>
{
    private static readonly IReadOnlyList<GoldOutcome> Gold = GoldOutcome.Read(SeedGraph.GoldDir);

    /// <summary>The task numbers of the gold outcomes.</summary>
    public static TheoryData<int> GoldTasks()
    {
        var data = new TheoryData<int>();
        foreach (var outcome in GoldOutcome.Read(SeedGraph.GoldDir))
        {
            data.Add(outcome.Task);
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(GoldTasks))]
    public void Whether_each_gold_task_was_done_is_answered_with_the_gold_status_values_and_evidence(int number)
    {
        var gold = Gold.Single(o => o.Task == number);
        var answer = seed.Answerer.Answer($"第{number}项任务完成了吗");
        Assert.Equal(Intents.OutcomeOfTask, answer.Intent);
        Assert.Equal([number], answer.Tasks.Select(t => (int)t.Integer("number")!.Value));
        AssertOutcome(gold, answer);
    }

    [Theory]
    [InlineData("2023年新增城镇就业目标完成了吗", 59)]
    [InlineData("引进高校毕业生的目标实现了吗", 4)]
    public void Whether_an_indicators_target_was_met_is_answered_from_the_gold_outcome(string question, int number)
    {
        var answer = seed.Answerer.Answer(question);
        Assert.Equal(Intents.OutcomeOfIndicator, answer.Intent);
        Assert.Contains(number, answer.Tasks.Select(t => (int)t.Integer("number")!.Value));
        AssertOutcome(Gold.Single(o => o.Task == number), answer);
    }

    [Fact]
    public void Whether_the_sluice_rebuild_was_done_is_answered_from_the_project_with_the_reports_words()
    {
        var gold = Gold.Single(o => o.Task == 36);
        var answer = seed.Answerer.Answer("马扎子引黄涵闸改建完成了吗");
        Assert.Equal(Intents.OutcomeOfTask, answer.Intent);
        Assert.Contains(36, answer.Tasks.Select(t => (int)t.Integer("number")!.Value));
        AssertOutcome(gold, answer);
    }

    [Theory]
    [InlineData("哪些任务没有完成目标")]
    [InlineData("哪些目标没有达到")]
    public void The_unmet_tasks_are_exactly_the_not_met_tasks_of_the_gold(string question)
    {
        var answer = seed.Answerer.Answer(question);
        Assert.Equal(Intents.UnmetTasks, answer.Intent);
        var expected = Gold.Where(o => o.Status == "NOT_MET").Select(o => o.Task).Order().ToArray();
        Assert.Equal(expected, answer.Tasks.Select(t => (int)t.Integer("number")!.Value).Order());
        Assert.All(Gold.Where(o => o.Status == "NOT_MET"), o => AssertOutcome(o, answer));
    }

    [Fact]
    public void The_done_tasks_include_every_met_or_done_task_of_the_gold_and_no_unmet_one()
    {
        var answer = seed.Answerer.Answer("哪些任务已经完成");
        Assert.Equal(Intents.DoneTasks, answer.Intent);
        var numbers = answer.Tasks.Select(t => (int)t.Integer("number")!.Value).ToHashSet();
        Assert.Superset(Gold.Where(o => o.Status is "MET" or "DONE").Select(o => o.Task).ToHashSet(), numbers);
        Assert.DoesNotContain(numbers, n => Gold.Any(o => o.Task == n && o.Status == "NOT_MET"));
    }

    [Fact]
    public void An_indicator_target_no_document_reports_on_gets_an_honest_answer_with_its_target()
    {
        var answer = seed.Answerer.Answer("2024年新增城镇就业目标完成了吗");
        Assert.Equal(Intents.OutcomeOfIndicator, answer.Intent);
        Assert.StartsWith("未找到", answer.Text, StringComparison.Ordinal);
        Assert.Contains("报告", answer.Text, StringComparison.Ordinal);
        Assert.Empty(answer.Tasks);
        var expected = new GoldAnswers(SeedGraph.GoldDir).Measurements("高政发〔2024〕1号", 2024, "TARGET", "城镇就业");
        Assert.Superset(expected, answer.Measurements.Select(Figure).ToHashSet());
    }

    [Fact]
    public async Task Outcome_answers_follow_the_store_after_a_refresh()
    {
        const string question = "哪些任务没有完成目标";
        var plan = RepositoryPaths.PlanSeed;
        Assert.NotEmpty(seed.Answerer.Answer(question).Tasks);

        Assert.True(await seed.Store.RemoveDocumentAsync("document:高政发〔2024〕1号"));
        await seed.Answerer.RefreshAsync();
        Assert.Empty(seed.Answerer.Answer(question).Tasks);
        Assert.StartsWith("未找到", seed.Answerer.Answer("2023年新增城镇就业目标完成了吗").Text, StringComparison.Ordinal);

        await seed.Store.IngestAsync(DocumentPipeline.RunFile(plan));
        await seed.Answerer.RefreshAsync();
        Assert.Equal([51], seed.Answerer.Answer(question).Tasks.Select(t => (int)t.Integer("number")!.Value));
    }

    [Fact]
    public async Task Whether_the_2024_growth_target_of_the_regional_product_was_met_is_answered_once_a_2025_review_is_loaded()
    {
        const string question = "2024年地区生产总值增长目标完成了吗";
        var dataDir = Path.Combine(Path.GetTempPath(), "gaoqing-answering-" + Guid.NewGuid().ToString("N"));
        try
        {
            await using var store = await EmbeddedGraphStore.OpenAsync(dataDir);
            await GraphStoreSeeder.SeedIfEmptyAsync(store, RepositoryPaths.SeedDocuments);
            var answerer = await QuestionAnswerer.CreateAsync(store);
            Assert.StartsWith("未找到", answerer.Answer(question).Text, StringComparison.Ordinal);

            await store.IngestAsync(DocumentPipeline.RunFile(Path.Combine(
                RepositoryPaths.Root, "tests", "Gaoqing.Graph.Model.Tests", "Tracing", "Documents", "gaoqing-2025-plan-written-for-tests.txt")));
            await answerer.RefreshAsync();
            var answer = answerer.Answer(question);
            Assert.Equal(Intents.OutcomeOfIndicator, answer.Intent);
            Assert.Contains("目标6%，实际5.4%，完成90%，未完成目标", answer.Text, StringComparison.Ordinal);
            Assert.Contains(answer.Evidence, e => e.DocumentId == "document:高政发〔2025〕1号" && e.Text.Contains("同比增长5.4%", StringComparison.Ordinal));
            Assert.Contains(answer.Evidence, e => e.DocumentId == "document:高政发〔2024〕1号" && e.Text == "地区生产总值增长6%左右");
            Assert.Equal([("ACTUAL", "5.4 %"), ("TARGET", "6 %")], answer.Measurements.Select(m => (m.Text("kind")!, Figure(m))).Order());
            Assert.Empty(answer.Tasks);
            Assert.DoesNotContain("5.4%", answerer.Answer("哪些任务没有完成目标").Text, StringComparison.Ordinal);
        }
        finally
        {
            Directory.Delete(dataDir, recursive: true);
        }
    }

    private static void AssertOutcome(GoldOutcome gold, Answer answer)
    {
        var verdict = gold.Status switch
        {
            "MET" => "已完成目标",
            "NOT_MET" => "未完成目标",
            _ => "已完成",
        };
        Assert.Contains(verdict, answer.Text, StringComparison.Ordinal);
        Assert.Contains(answer.Evidence, e => e.Text.Contains(gold.Evidence, StringComparison.Ordinal));
        var figures = answer.Measurements.Select(m => (Kind: m.Text("kind"), Figure: Figure(m))).ToArray();
        foreach (var (kind, expected) in new[] { ("TARGET", gold.Target), ("ACTUAL", gold.Actual) })
        {
            if (expected is not null)
            {
                Assert.Contains((kind, expected), figures);
                Assert.Contains(expected.Replace(" ", string.Empty, StringComparison.Ordinal), answer.Text, StringComparison.Ordinal);
            }
        }
    }

    private static string Figure(GraphNode measurement) => GoldAnswers.ValueUnit(measurement.Number("value") ?? double.NaN, measurement.Text("unit") ?? string.Empty);
}
