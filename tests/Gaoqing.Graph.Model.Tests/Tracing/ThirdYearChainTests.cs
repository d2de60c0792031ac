using Gaoqing.Graph.Model.Building;
using Gaoqing.Graph.Model.Tracing;

namespace Gaoqing.Graph.Model.Tests.Tracing;

/// <summary>A 2025 plan written for these tests reviews 2024, so each indicator runs 2023 target → 2023 actual → 2024 target → 2024 actual.</summary>
public sealed class ThirdYearChainTests
{
    private static readonly string KeyTasksId = GraphIds.Document("高政办字〔2023〕20号", "");
    private static readonly string PlanId = GraphIds.Document("高政发〔2024〕1号", "");
    private static readonly string ThirdId = GraphIds.Document("高政发〔2025〕1号", "");

    private static readonly DocumentGraph Third = DocumentPipeline.RunFile(
        Path.Combine(RepositoryPaths.Root, "tests", "Gaoqing.Graph.Model.Tests", "Tracing", "Documents", "gaoqing-2025-plan-written-for-tests.txt"));

    public static TheoryData<string, string> Chains => new()
    {
        { "新增城镇就业", "2023: 1200人 → 1354 MET; 2024: 1200人 → 1286 MET; 2025: 1200人" },
        { "科技型中小企业", "2023: 60家 → 72 MET; 2024: 78家 → 85 MET; 2025: 90家" },
        { "过亿元项目", "2023: 45个 → 43 NOT_MET; 2024: 45个 → 41 NOT_MET; 2025: 45个" },
        { "高校毕业生", "2023: 1200人 → 1936 MET; 2024: 1900名 → 1850 NOT_MET; 2025: 1900名" },
        { "地区生产总值增长", "2024: 6% → 5.4 NOT_MET; 2025: 5.5%" },
        { "一般公共预算收入增长", "2024: 5% → 5.9 MET; 2025: 5%" },
    };

    /// <summary>The 2024 plan's 主要预期目标, stated in section 二 outside any task, against what the 2025 review reports for 2024.</summary>
    private static readonly string[] StatedOutsideTasks =
    [
        "地区生产总值增长 6%左右 → 5.4% NOT_MET 0.9 [全县GDP实现238.1亿元，同比增长5.4%]",             // 5.4 < 6; 左右 is no ceiling
        "一般公共预算收入增长 5%以上 → 5.9% MET 1.18 [一般公共预算收入21.5亿元，同比增长5.9%]",         // 5.9 ≥ 5
        "固定资产投资增长 6%以上 → 6.5% MET 1.0833 [固定资产投资增长6.5%]",                             // 6.5 ≥ 6
        "居民人均可支配收入增长 6%左右 → 6.1% MET 1.0167 [居民人均可支配收入增长6.1%]",                 // 6.1 ≥ 6
    ];

    [Theory]
    [MemberData(nameof(Chains))]
    public async Task EachYearsTargetMeetsTheActualTheNextYearsDocumentReports(string indicator, string expected)
    {
        await using var traced = await TracedStore.WithAsync(SeedFiles.KeyTasks, SeedFiles.Plan, Third);
        var outcomes = await traced.Store.GetOutcomesAsync();
        var graph = await traced.Store.GetGraphAsync();
        var measures = graph.Relationships.Where(r => r.Type == GraphLabels.Measures && r.End == GraphIds.Shared(GraphLabels.Indicator, indicator))
            .Select(r => r.Start).ToHashSet();
        var targets = graph.Nodes.Where(n => measures.Contains(n.Id) && Equals(n.Properties["kind"], "TARGET"))
            .OrderBy(n => (long)n.Properties["year"]!).ToList();
        var links = targets.Select(target =>
        {
            var owner = graph.Nodes.Single(n => n.Id == graph.Relationships.Single(r => r.Type == GraphLabels.States && r.End == target.Id).Start);
            var outcome = owner.Label == GraphLabels.Task
                ? outcomes.ForTask(owner.Id).SingleOrDefault(o => o.Target?.Id == target.Id)
                : outcomes.All.SingleOrDefault(o => o.Target?.Id == target.Id && o.TaskId is null);
            var head = $"{target.Properties["year"]}: {target.Properties["value"]}{target.Properties["unit"]}";
            return outcome is null ? head : $"{head} → {outcome.Actual!.Properties["value"]} {Status(outcome.Status)}";
        });
        Assert.Equal(expected, string.Join("; ", links));
    }

    [Fact]
    public async Task EveryTargetStatedOutsideTasksIsTracedToTheActualTheNextYearsReviewReports()
    {
        await using var traced = await TracedStore.WithAsync(SeedFiles.KeyTasks, SeedFiles.Plan, Third);
        var outcomes = await traced.Store.GetOutcomesAsync();
        var stated = outcomes.All.Where(o => o.TaskId is null).ToList();
        Assert.Equal(StatedOutsideTasks.Order(StringComparer.Ordinal), stated.Select(DescribeStated).Order(StringComparer.Ordinal));
        var text = (await traced.Store.GetDocumentTextAsync(ThirdId))!.NormalizedText;
        Assert.All(stated, o =>
        {
            Assert.Equal((ThirdId, PlanId), (o.Evidence.DocumentId, (string)o.Target!.Properties[Evidence.SourceDocument]!));
            Assert.Equal(text[o.Evidence.Start..o.Evidence.End], o.Evidence.Text);
            Assert.Equal(2024L, o.Target.Properties["year"]);
            Assert.Equal([o], outcomes.ForTarget(o.Target.Id));
        });
    }

    [Fact]
    public async Task TheGrowthOfTheRegionalProductIn2024IsAnsweredByIndicatorAndYear()
    {
        await using var traced = await TracedStore.WithAsync(SeedFiles.KeyTasks, SeedFiles.Plan, Third);
        var outcomes = await traced.Store.GetOutcomesAsync();
        var growth = Assert.Single(outcomes.ForIndicator(IndicatorLexicon.Shared.Resolve("GDP增长"), 2024));
        Assert.Equal((OutcomeStatus.NotMet, 6.0, 5.4), (growth.Status, (double)growth.Target!.Properties["value"]!, (double)growth.Actual!.Properties["value"]!));
        Assert.Equal(0.9, growth.Ratio!.Value, 6);
        Assert.Empty(outcomes.ForIndicator(IndicatorLexicon.Shared.Resolve("GDP增长"), 2025));
        Assert.DoesNotContain(outcomes.OfTasks, o => o.TaskId is null);
    }

    [Fact]
    public async Task RemovingTheReviewRemovesTheOutcomesOfTargetsStatedOutsideTasksAndAddingItBackRestoresThem()
    {
        await using var traced = await TracedStore.WithAsync(SeedFiles.KeyTasks, SeedFiles.Plan, Third);
        var before = SeedOutcomeTests.Describe((await traced.Store.GetOutcomesAsync()).All.Where(o => o.TaskId is null));
        Assert.Equal(StatedOutsideTasks.Length, before.Count);
        Assert.True(await traced.Store.RemoveDocumentAsync(ThirdId));
        Assert.DoesNotContain((await traced.Store.GetOutcomesAsync()).All, o => o.TaskId is null);
        await traced.Store.IngestAsync(Third);
        Assert.Equal(before, SeedOutcomeTests.Describe((await traced.Store.GetOutcomesAsync()).All.Where(o => o.TaskId is null)));
        Assert.True(await traced.Store.RemoveDocumentAsync(PlanId));
        Assert.DoesNotContain((await traced.Store.GetOutcomesAsync()).All, o => o.TaskId is null);
    }

    [Fact]
    public async Task AnIndicatorsOutcomesAreFoundByItsCanonicalNameAndYear()
    {
        await using var traced = await TracedStore.WithAsync(SeedFiles.KeyTasks, SeedFiles.Plan, Third);
        var outcomes = await traced.Store.GetOutcomesAsync();
        var employment = IndicatorLexicon.Shared.Resolve("城镇新增就业");
        Assert.Equal([1354.0, 1286.0], outcomes.ForIndicator(employment).Select(o => (double)o.Actual!.Properties["value"]!).Order().Reverse());
        var in2023 = Assert.Single(outcomes.ForIndicator(employment, 2023));
        Assert.Equal((OutcomeStatus.Met, SeedOutcomeTests.TaskId(59)), (in2023.Status, in2023.TaskId));
        Assert.Empty(outcomes.ForIndicator(employment, 2025));
        Assert.Empty(outcomes.ForIndicator("城镇新增就业"));
    }

    [Fact]
    public async Task TheThirdDocumentChangesNoOutcomeOfThe2023Tasks()
    {
        await using var two = await TracedStore.WithAsync(SeedFiles.KeyTasks, SeedFiles.Plan);
        await using var three = await TracedStore.WithAsync(SeedFiles.KeyTasks, SeedFiles.Plan, Third);
        var before = SeedOutcomeTests.Describe((await two.Store.GetOutcomesAsync()).OfTasks);
        var after = (await three.Store.GetOutcomesAsync()).OfTasks.ToList();
        Assert.Equal(before, SeedOutcomeTests.Describe(after.Where(o => IsOfTaskIn(o, KeyTasksId))));
        Assert.All(after.Where(o => IsOfTaskIn(o, PlanId)), o => Assert.Equal(ThirdId, o.Evidence.DocumentId));
        Assert.DoesNotContain(after, o => IsOfTaskIn(o, ThirdId));
    }

    [Fact]
    public async Task The2024TasksWorkIsReportedDoneOrWithoutAVerdictByThe2025Review()
    {
        await using var traced = await TracedStore.WithAsync(Third, SeedFiles.Plan, SeedFiles.KeyTasks);
        var outcomes = await traced.Store.GetOutcomesAsync();
        var work = outcomes.All.Where(o => IsOfTaskIn(o, PlanId) && o.Target is null)
            .Select(o => $"{o.TaskId![(PlanId.Length + 1)..]} {Status(o.Status)} {o.Evidence.Text}").ToList();
        Assert.Equal(
            [
                "task:3.4.1 DONE 田镇四街改造安置房建成交付",
                "task:3.4.3 DONE 高青至商河高速公路建成通车",
                "task:3.4.3 REPORTED 滨淄黄河大桥工程开工建设",
            ],
            work);
    }

    [Fact]
    public async Task OneIndicatorNodeHoldsEveryNameOfGrowthOfTheRegionalProduct()
    {
        await using var traced = await TracedStore.WithAsync(SeedFiles.KeyTasks, SeedFiles.Plan, Third);
        var indicatorId = GraphIds.Shared(GraphLabels.Indicator, "地区生产总值增长");
        var indicator = (await traced.Store.GetNodesAsync([indicatorId]))[indicatorId];
        Assert.Contains("GDP增长", (IEnumerable<string>)indicator.Properties["aliases"]!);
        Assert.Contains("地区生产总值同比增长", (IEnumerable<string>)indicator.Properties["aliases"]!);
        var measured = (await traced.Store.GetRelationshipsAsync([indicatorId], Gaoqing.Graph.Model.Store.RelationshipDirection.Incoming, GraphLabels.Measures))[indicatorId];
        var byDocument = measured.GroupBy(r => (string)r.Properties[Evidence.SourceDocument]!).ToDictionary(g => g.Key, g => g.Count());
        Assert.Equal(new Dictionary<string, int> { [PlanId] = 2, [ThirdId] = 2 }, byDocument);
    }

    [Fact]
    public async Task AnyOrderOfTheThreeDocumentsGivesTheSameOutcomesWithThoseOfTargetsStatedOutsideTasks()
    {
        DocumentGraph[][] orders =
        [
            [SeedFiles.KeyTasks, SeedFiles.Plan, Third],
            [Third, SeedFiles.Plan, SeedFiles.KeyTasks],
            [SeedFiles.Plan, Third, SeedFiles.KeyTasks],
        ];
        var described = new List<List<string>>();
        foreach (var order in orders)
        {
            await using var traced = await TracedStore.WithAsync(order);
            var outcomes = (await traced.Store.GetOutcomesAsync()).All;
            Assert.Equal(StatedOutsideTasks.Order(StringComparer.Ordinal), outcomes.Where(o => o.TaskId is null).Select(DescribeStated).Order(StringComparer.Ordinal));
            described.Add(SeedOutcomeTests.Describe(outcomes));
        }

        Assert.All(described, d => Assert.Equal(described[0], d));
    }

    private static string DescribeStated(Outcome outcome) => string.Create(System.Globalization.CultureInfo.InvariantCulture,
        $"{outcome.Target!.Properties["indicator"]} {outcome.Target.Properties["value"]}{outcome.Target.Properties["unit"]}{outcome.Target.Properties["qualifier"]}"
        + $" → {outcome.Actual!.Properties["value"]}{outcome.Actual.Properties["unit"]} {Status(outcome.Status)} {Math.Round(outcome.Ratio!.Value, 4)} [{outcome.Evidence.Text}]");

    private static bool IsOfTaskIn(Outcome outcome, string documentId) =>
        outcome.TaskId is { } task && task.StartsWith(documentId, StringComparison.Ordinal);

    private static string Status(OutcomeStatus status) => status switch
    {
        OutcomeStatus.Met => "MET",
        OutcomeStatus.NotMet => "NOT_MET",
        OutcomeStatus.Done => "DONE",
        _ => "REPORTED",
    };
}
