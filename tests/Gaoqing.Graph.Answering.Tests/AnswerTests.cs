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

    [Fact]
    public void A_question_the_classifier_cannot_place_falls_back_to_keyword_search_and_says_so()
    {
        var answer = seed.Answerer.Answer("高青县有哪些任务");
        Assert.Equal(Intents.Search, answer.Intent);
        Assert.True(answer.Confidence < QuestionAnswerer.MinimumConfidence);
        Assert.Contains("关键词搜索", answer.Text, StringComparison.Ordinal);
    }
}
