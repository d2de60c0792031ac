using Gaoqing.Graph.Answering.Graph;

namespace Gaoqing.Graph.Answering.Tests;

/// <summary>The questions users type, answered on the seed graph and checked against the gold files and the documents' text.</summary>
public sealed class AnswerTests(SeedGraph seed) : IClassFixture<SeedGraph>
{
    private readonly GoldAnswers _gold = new(SeedGraph.GoldDir);

    [Fact]
    public void The_tasks_the_development_bureau_leads_are_the_23_of_the_gold_each_with_its_sentence()
    {
        var answer = seed.Answerer.Answer("县发展改革局牵头哪些任务");
        Assert.Equal(Intents.DepartmentLeads, answer.Intent);
        Assert.Equal(_gold.LedBy("县发展改革局"), new SortedSet<int>(answer.Tasks.Select(t => (int)t.Integer("number")!.Value)));
        Assert.Equal(23, answer.Tasks.Count);
        Assert.Equal(answer.Tasks.Count, answer.Evidence.Count);
        Assert.All(answer.Evidence, e => Assert.Contains("县发展改革局", e.Text, StringComparison.Ordinal));
    }

    [Fact]
    public async Task Evidence_is_the_exact_span_of_the_documents_normalized_text()
    {
        foreach (var question in new[] { "发改局负责哪些工作", "2023年地区生产总值是多少", "黄河有哪些任务", "积极发展可再生能源由谁牵头" })
        {
            var answer = seed.Answerer.Answer(question);
            Assert.NotEmpty(answer.Evidence);
            foreach (var evidence in answer.Evidence)
            {
                var text = await seed.Store.GetDocumentTextAsync(evidence.DocumentId);
                Assert.Equal(text!.NormalizedText[evidence.Start..evidence.End], evidence.Text);
            }
        }
    }

    [Fact]
    public void Who_leads_renewable_energy_is_answered_from_task_26()
    {
        var answer = seed.Answerer.Answer("积极发展可再生能源由谁牵头");
        Assert.Equal(Intents.TaskLeads, answer.Intent);
        Assert.Equal(_gold.Leads(26), new SortedSet<string>(answer.Departments.Select(d => d.DisplayName()), StringComparer.Ordinal));
        Assert.Contains("积极发展可再生能源", answer.Text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("城市更新谁牵头", 41)]
    [InlineData("第八项任务谁牵头", 8)]
    [InlineData("可再生能源由哪个部门牵头", 26)]
    [InlineData("请问节水控水这项工作归谁牵头？", 32)]
    public void Tasks_named_loosely_get_the_lead_units_of_the_gold(string question, int number)
    {
        var answer = seed.Answerer.Answer(question);
        Assert.Equal(Intents.TaskLeads, answer.Intent);
        Assert.Equal(_gold.Leads(number), new SortedSet<string>(answer.Departments.Select(d => d.DisplayName()), StringComparer.Ordinal));
    }

    [Fact]
    public void A_near_miss_of_a_unit_name_is_answered_and_the_answer_says_how_it_was_read()
    {
        var answer = seed.Answerer.Answer("县发改革局牵头哪些任务");
        Assert.StartsWith("「县发改革局」按县发展改革局理解。", answer.Text, StringComparison.Ordinal);
        Assert.Equal(_gold.LedBy("县发展改革局"), new SortedSet<int>(answer.Tasks.Select(t => (int)t.Integer("number")!.Value)));
    }

    [Fact]
    public void Two_units_asked_together_get_the_tasks_they_share()
    {
        var answer = seed.Answerer.Answer("发改局和科技局共同负责哪些任务");
        var expected = _gold.LedBy("县发展改革局").Union(_gold.SupportedBy("县发展改革局"))
            .Intersect(_gold.LedBy("县科技局").Union(_gold.SupportedBy("县科技局")));
        Assert.Equal(new SortedSet<int>(expected), new SortedSet<int>(answer.Tasks.Select(t => (int)t.Integer("number")!.Value)));
    }

    [Theory]
    [InlineData("第26项", Intents.TaskDetail)]
    [InlineData("发改局", Intents.DepartmentTasks)]
    [InlineData("黄河", Intents.PlaceTasks)]
    [InlineData("CCUS项目", Intents.ProjectTasks)]
    [InlineData("充电桩", Intents.Search)]
    public void A_bare_name_asks_the_obvious(string question, string intent)
    {
        var answer = seed.Answerer.Answer(question);
        Assert.Equal(intent, answer.Intent);
        Assert.NotEmpty(answer.Tasks);
    }

    [Fact]
    public void How_many_sets_the_count()
    {
        var answer = seed.Answerer.Answer("县发展改革局牵头多少项任务");
        Assert.Equal(_gold.LedBy("县发展改革局").Count, answer.Count);
        Assert.Null(seed.Answerer.Answer("县发展改革局牵头哪些任务").Count);
    }

    [Fact]
    public void The_top_lead_unit_is_the_one_the_gold_counts_most()
    {
        var answer = seed.Answerer.Answer("哪个部门牵头的任务最多");
        Assert.Equal(Intents.TopDepartment, answer.Intent);
        Assert.Equal(_gold.TopLeads(), new SortedSet<string>(answer.Departments.Select(d => d.DisplayName()), StringComparer.Ordinal));
        Assert.Equal(_gold.LedBy(_gold.TopLeads().First()).Count, answer.Count);
    }

    [Fact]
    public void The_partners_of_the_science_bureau_come_most_shared_first()
    {
        var answer = seed.Answerer.Answer("科技局和哪些部门合作最多");
        Assert.Equal(Intents.Partners, answer.Intent);
        var science = _gold.LedBy("县科技局").Union(_gold.SupportedBy("县科技局")).ToHashSet();
        int Shared(string unit) => _gold.LedBy(unit).Union(_gold.SupportedBy(unit)).Count(science.Contains);
        var counts = answer.Departments.Select(d => Shared(d.DisplayName())).ToArray();
        Assert.True(counts.Length > 1);
        Assert.All(counts, c => Assert.True(c > 0));
        Assert.Equal(counts.OrderByDescending(c => c), counts);
        Assert.DoesNotContain(answer.Departments, d => d.DisplayName() == "县科技局");
    }

    [Fact]
    public void The_gross_regional_product_of_2023_is_read_from_the_2024_plan()
    {
        foreach (var question in new[] { "2023年地区生产总值是多少", "2023年GDP是多少" })
        {
            var answer = seed.Answerer.Answer(question);
            Assert.Equal(Intents.Measurement, answer.Intent);
            var values = answer.Measurements.Select(m => GoldAnswers.ValueUnit(m.Number("value")!.Value, m.Text("unit")!)).ToHashSet();
            Assert.Superset(_gold.Measurements("高政发〔2024〕1号", 2023, "ACTUAL", "地区生产总值"), values);
            Assert.Contains(answer.Evidence, e => e.Text.Contains("225.5亿元", StringComparison.Ordinal));
        }
    }

    [Theory]
    [InlineData("高青县有哪些任务")]
    [InlineData("充电桩建设由谁牵头")]
    [InlineData("老旧小区改造谁负责")]
    public void A_question_the_graph_cannot_answer_as_asked_falls_back_to_keyword_search_and_says_so(string question)
    {
        var answer = seed.Answerer.Answer(question);
        Assert.Equal(Intents.Search, answer.Intent);
        Assert.Contains("改用关键词搜索", answer.Text, StringComparison.Ordinal);
        Assert.NotEmpty(answer.Tasks);
    }

    [Fact]
    public void A_target_the_documents_do_not_give_is_said_to_be_missing_before_the_actual_figures()
    {
        var answer = seed.Answerer.Answer("2023年GDP目标多少");
        Assert.Equal(Intents.Measurement, answer.Intent);
        Assert.StartsWith("未找到「地区生产总值」的目标，以下是实际数据。", answer.Text, StringComparison.Ordinal);
        Assert.All(answer.Measurements, m => Assert.Equal("ACTUAL", m.Text("kind")));
        Assert.Contains(answer.Measurements, m => m.Number("value") == 225.5);
    }

    [Fact]
    public void A_task_read_from_part_of_its_title_is_said_to_be_so_read()
    {
        var answer = seed.Answerer.Answer("乡村振兴那项任务配合单位有哪些");
        Assert.Equal(Intents.TaskSupports, answer.Intent);
        Assert.StartsWith("「乡村振兴」按「分类推进乡村全面振兴」理解。", answer.Text, StringComparison.Ordinal);
        Assert.Equal(_gold.Supports(43), new SortedSet<string>(answer.Departments.Select(d => d.DisplayName()), StringComparer.Ordinal));
    }
}
