using System.Text.Json;
using Gaoqing.Graph.Model.Building;
using Gaoqing.Graph.Model.Tracing;

namespace Gaoqing.Graph.Model.Tests.Tracing;

/// <summary>The outcomes traced from the two seeds: the 2023 key-task list and the 2024 plan that reviews 2023.</summary>
public sealed class SeedOutcomeTests
{
    private static readonly string PlanId = GraphIds.Document("高政办字〔2023〕20号", "");
    private static readonly string ReportId = GraphIds.Document("高政发〔2024〕1号", "");

    /// <summary>Outcomes found besides the gold's, each checked by hand against the report's sentence.</summary>
    private static readonly (int Task, OutcomeStatus Status, string Phrase)[] BeyondGold =
    [
        (19, OutcomeStatus.Met, "投资完成率达到106%"),                       // task 19: 重大项目 开工率、投资完成率两个100%
        (22, OutcomeStatus.Met, "路面改善115公里"),                            // task 22 targets 路面改善115公里
        (22, OutcomeStatus.Reported, "高青至商河高速公路完成总工程量三分之二"), // task 22 names 高商高速; two thirds is progress
        (22, OutcomeStatus.Reported, "依托小清河复航"),                          // task 22 names 小清河复航工程
        (22, OutcomeStatus.Reported, "滨淄黄河大桥合作框架协议"),                // task 22 names 滨淄黄河大桥
        (31, OutcomeStatus.Reported, "大芦湖水库提升改造等17个项目"),            // task 31 starts 大芦湖水库提升改造工程
        (31, OutcomeStatus.Reported, "配套实施马扎子灌区续建配套与现代化改造工程"), // task 31 starts it; no verdict
        (35, OutcomeStatus.Done, "引黄灌区小流域水环境治理工程竣工"),            // task 35 names the same project
        (35, OutcomeStatus.Done, "黄河淤背区百里生态廊道建设完成"),              // task 35 names the same project
        (4, OutcomeStatus.Met, "省级及以上人才工程9人"),                         // task 4 targets 省级及以上重点人才工程5人以上
        (46, OutcomeStatus.Met, "市级衔接乡村振兴集中推进区3个"),                // task 46 targets 3 of them
        (57, OutcomeStatus.Reported, "天鹅湖罗曼园皇室古堡主体完工"),            // task 57 names 天鹅湖罗曼园; only the structure is done
    ];

    [Fact]
    public async Task EveryGoldOutcomeIsFoundOnItsTaskWithItsStatusFiguresAndEvidence()
    {
        await using var traced = await TracedStore.WithAsync(SeedFiles.KeyTasks, SeedFiles.Plan);
        var outcomes = await traced.Store.GetOutcomesAsync();
        var reportText = (await traced.Store.GetDocumentTextAsync(ReportId))!.NormalizedText;
        using var gold = JsonDocument.Parse(File.ReadAllText(GoldPath));
        Assert.Equal(PlanId, GraphIds.Document(gold.RootElement.GetProperty("plan").GetString(), ""));
        Assert.Equal(ReportId, GraphIds.Document(gold.RootElement.GetProperty("report").GetString(), ""));
        var missing = new List<string>();
        foreach (var expected in gold.RootElement.GetProperty("outcomes").EnumerateArray())
        {
            var task = expected.GetProperty("task").GetInt32();
            var status = Enum.Parse<OutcomeStatus>(expected.GetProperty("status").GetString()!.Replace("_", ""), ignoreCase: true);
            var phrase = expected.GetProperty("evidence").GetString()!;
            var found = outcomes.ForTask(TaskId(task)).Where(o => o.Status == status && o.Evidence.DocumentId == ReportId
                && o.Evidence.Text.Contains(phrase, StringComparison.Ordinal)
                && reportText[o.Evidence.Start..o.Evidence.End] == o.Evidence.Text
                && SameFigure(expected, "target", o.Target) && SameFigure(expected, "actual", o.Actual)).ToList();
            if (found.Count != 1)
            {
                missing.Add($"task {task} {status} '{phrase}': {found.Count} matching outcomes");
            }
            else if (found[0].Target is { } target && found[0].Actual is { } actual)
            {
                Assert.Equal((double)actual.Properties["value"]! / (double)target.Properties["value"]!, found[0].Ratio!.Value, 6);
            }
        }

        Assert.Empty(missing);
    }

    [Fact]
    public async Task EveryOutcomeFoundIsAGoldOneOrOneCheckedByHand()
    {
        await using var traced = await TracedStore.WithAsync(SeedFiles.KeyTasks, SeedFiles.Plan);
        var outcomes = (await traced.Store.GetOutcomesAsync()).All;
        using var gold = JsonDocument.Parse(File.ReadAllText(GoldPath));
        var expected = gold.RootElement.GetProperty("outcomes").EnumerateArray()
            .Select(e => (Task: e.GetProperty("task").GetInt32(),
                Status: Enum.Parse<OutcomeStatus>(e.GetProperty("status").GetString()!.Replace("_", ""), ignoreCase: true),
                Phrase: e.GetProperty("evidence").GetString()!))
            .Concat(BeyondGold)
            .ToList();
        var unexplained = outcomes.Where(o => !expected.Any(e => TaskId(e.Task) == o.TaskId && e.Status == o.Status
            && o.Evidence.Text.Contains(e.Phrase, StringComparison.Ordinal))).Select(o => $"{o.TaskId} {o.Status} [{o.Evidence.Text}]");
        var unfound = expected.Where(e => !outcomes.Any(o => TaskId(e.Task) == o.TaskId && e.Status == o.Status
            && o.Evidence.Text.Contains(e.Phrase, StringComparison.Ordinal))).Select(e => $"task {e.Task} {e.Status} '{e.Phrase}'");
        Assert.Empty(unexplained);
        Assert.Empty(unfound);
        Assert.Equal(expected.Count, outcomes.Count);
        Assert.All(outcomes, o => Assert.Equal(ReportId, o.Evidence.DocumentId));
    }

    [Fact]
    public async Task NoTargetStatedOutsideTasksGetsAnOutcomeFromTheTwoSeeds()
    {
        await using var traced = await TracedStore.WithAsync(SeedFiles.KeyTasks, SeedFiles.Plan);
        var graph = await traced.Store.GetGraphAsync();
        var owners = graph.Nodes.Where(n => n.Label is GraphLabels.Section or GraphLabels.Document).Select(n => n.Id).ToHashSet();
        var stated = graph.Relationships.Where(r => r.Type == GraphLabels.States && owners.Contains(r.Start)).Select(r => r.End).ToHashSet();
        var targets = graph.Nodes.Where(n => stated.Contains(n.Id) && Equals(n.Properties["kind"], "TARGET"))
            .Select(n => $"{n.Properties[Evidence.SourceDocument]} {n.Properties["year"]} {n.Properties["text"]}").Order(StringComparer.Ordinal);

        // The key-task list states every target under a task; the 2024 plan's 主要预期目标 are for 2024, which neither seed reports.
        Assert.Equal(
            [
                $"{ReportId} 2024 一般公共预算收入增长5%以上",
                $"{ReportId} 2024 固定资产投资增长6%以上",
                $"{ReportId} 2024 地区生产总值增长6%左右",
                $"{ReportId} 2024 居民人均可支配收入增长6%左右",
            ],
            targets);
        Assert.DoesNotContain((await traced.Store.GetOutcomesAsync()).All, o => o.TaskId is null);
    }

    [Fact]
    public async Task IngestingTheReportBeforeThePlanGivesTheSameOutcomes()
    {
        await using var planFirst = await TracedStore.WithAsync(SeedFiles.KeyTasks, SeedFiles.Plan);
        await using var reportFirst = await TracedStore.WithAsync(SeedFiles.Plan, SeedFiles.KeyTasks);
        var expected = Describe((await planFirst.Store.GetOutcomesAsync()).All);
        Assert.NotEmpty(expected);
        Assert.Equal(expected, Describe((await reportFirst.Store.GetOutcomesAsync()).All));
    }

    [Fact]
    public async Task RemovingEitherDocumentRemovesItsOutcomesAndAddingItBackRestoresThem()
    {
        await using var traced = await TracedStore.WithAsync(SeedFiles.KeyTasks, SeedFiles.Plan);
        var before = Describe((await traced.Store.GetOutcomesAsync()).All);
        Assert.True(await traced.Store.RemoveDocumentAsync(ReportId));
        Assert.Empty((await traced.Store.GetOutcomesAsync()).All);
        await traced.Store.IngestAsync(SeedFiles.Plan);
        Assert.Equal(before, Describe((await traced.Store.GetOutcomesAsync()).All));
        Assert.True(await traced.Store.RemoveDocumentAsync(PlanId));
        Assert.Empty((await traced.Store.GetOutcomesAsync()).All);
    }

    [Fact]
    public async Task OutcomesAreTracedOncePerCommittedWrite()
    {
        await using var traced = await TracedStore.WithAsync(SeedFiles.KeyTasks);
        var alone = await traced.Store.GetOutcomesAsync();
        Assert.Same(alone, await traced.Store.GetOutcomesAsync());
        Assert.Empty(alone.All);
        await traced.Store.IngestAsync(SeedFiles.KeyTasks);
        Assert.Same(alone, await traced.Store.GetOutcomesAsync());
        await traced.Store.IngestAsync(SeedFiles.Plan);
        var both = await traced.Store.GetOutcomesAsync();
        Assert.NotSame(alone, both);
        Assert.NotEmpty(both.All);
    }

    [Fact]
    public async Task AStoreThatIsNotAnOutcomeSourceIsTracedFromItsWholeGraphToTheSameOutcomes()
    {
        await using var traced = await TracedStore.WithAsync(SeedFiles.KeyTasks, SeedFiles.Plan);
        var own = Describe((await traced.Store.GetOutcomesAsync()).All);
        var fromGraph = await new GraphOnlyStore(traced.Store).GetOutcomesAsync();
        Assert.Equal(own, Describe(fromGraph.All));
    }

    internal static string TaskId(int number) => GraphIds.Task(PlanId, number.ToString(System.Globalization.CultureInfo.InvariantCulture));

    internal static string GoldPath => RepositoryPaths.Gold("gaoqing-2023-outcomes.gold.json");

    internal static List<string> Describe(IEnumerable<Outcome> outcomes) =>
        outcomes.Select(o => $"{o.TaskId} {o.Status} {o.Target?.Id} {o.Actual?.Id} {o.Ratio} {o.Evidence}").ToList();

    private static bool SameFigure(JsonElement expected, string name, GraphNode? measurement)
    {
        if (!expected.TryGetProperty(name, out var figure))
        {
            return measurement is null;
        }

        return measurement is not null
            && figure.GetProperty("value").GetDouble() == (double)measurement.Properties["value"]!
            && figure.GetProperty("unit").GetString() == (string?)measurement.Properties["unit"];
    }
}
