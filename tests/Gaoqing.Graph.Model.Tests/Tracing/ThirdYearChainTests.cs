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
    };

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
            var task = graph.Relationships.Single(r => r.Type == GraphLabels.States && r.End == target.Id).Start;
            var outcome = outcomes.ForTask(task).SingleOrDefault(o => o.Target?.Id == target.Id);
            var head = $"{target.Properties["year"]}: {target.Properties["value"]}{target.Properties["unit"]}";
            return outcome is null ? head : $"{head} → {outcome.Actual!.Properties["value"]} {Status(outcome.Status)}";
        });
        Assert.Equal(expected, string.Join("; ", links));
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
        var before = SeedOutcomeTests.Describe((await two.Store.GetOutcomesAsync()).All);
        var after = (await three.Store.GetOutcomesAsync()).All;
        Assert.Equal(before, SeedOutcomeTests.Describe(after.Where(o => o.TaskId.StartsWith(KeyTasksId, StringComparison.Ordinal))));
        Assert.All(after.Where(o => o.TaskId.StartsWith(PlanId, StringComparison.Ordinal)), o => Assert.Equal(ThirdId, o.Evidence.DocumentId));
        Assert.DoesNotContain(after, o => o.TaskId.StartsWith(ThirdId, StringComparison.Ordinal));
    }

    [Fact]
    public async Task The2024TasksWorkIsReportedDoneOrWithoutAVerdictByThe2025Review()
    {
        await using var traced = await TracedStore.WithAsync(Third, SeedFiles.Plan, SeedFiles.KeyTasks);
        var outcomes = await traced.Store.GetOutcomesAsync();
        var work = outcomes.All.Where(o => o.TaskId.StartsWith(PlanId, StringComparison.Ordinal) && o.Target is null)
            .Select(o => $"{o.TaskId[(PlanId.Length + 1)..]} {Status(o.Status)} {o.Evidence.Text}").ToList();
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
    public async Task AnyOrderOfTheThreeDocumentsGivesTheSameOutcomes()
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
            described.Add(SeedOutcomeTests.Describe((await traced.Store.GetOutcomesAsync()).All));
        }

        Assert.All(described, d => Assert.Equal(described[0], d));
    }

    private static string Status(OutcomeStatus status) => status switch
    {
        OutcomeStatus.Met => "MET",
        OutcomeStatus.NotMet => "NOT_MET",
        OutcomeStatus.Done => "DONE",
        _ => "REPORTED",
    };
}
