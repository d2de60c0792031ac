using Xunit.Abstractions;

namespace Gaoqing.Graph.Extraction.Tests;

/// <summary>Whole documents written for these tests in formats the seeds do not use, scored like the held-out set.</summary>
public sealed class HeldOutFormatTests(ITestOutputHelper output)
{
    private static readonly (int Number, string[] Lead, string[] Support)[] Expected =
    [
        (1, ["市交通委（市道运局）"], ["市发展改革局", "市自然资源和规划局"]),
        (2, ["市轨道交通集团", "市住房城乡建设局"], []),
        (3, ["市交通委（市道运局）"], []),
        (4, ["市商务局", "市交通委（市道运局）"], []),
        (5, ["市公交集团"], ["市财政局"]),
        (6, ["市行政审批服务局"], []),
        (7, [], []),
        (8, ["市财政局"], ["市发展改革局"]),
    ];

    private static readonly (int Number, string[] Lead, string[] Support)[] ExpectedOfCountyTasks =
    [
        (1, ["县行政审批服务局"], ["县市场监管局", "县税务局", "县人力资源社会保障局"]),
        (2, ["县大数据中心"], []),
        (3, ["县自然资源局", "经济开发区"], []),
        (4, ["县财政局"], ["县人行"]),
        (5, ["县委组织部", "县政府办公室"], []),
    ];

    [Fact]
    public void LeadAndSupportUnitsOfACityPlanInOtherFormatsAreAllFound()
    {
        var document = Score("city-transport-plan", Expected);
        Assert.Equal("某政办发〔2024〕7号", document.Header.DocNumber?.Value);
        Assert.Equal("2024-03-15", document.Header.IssuedOn?.Value);
        Assert.Equal(8, document.Tasks.Count);
    }

    [Fact]
    public void LeadAndSupportUnitsOfHeadingTasksInAPdfLayoutAreAllFound()
    {
        var document = Score("county-business-tasks", ExpectedOfCountyTasks);
        Assert.Equal("某政办发〔2025〕3号", document.Header.DocNumber?.Value);
        Assert.Equal("某县人民政府办公室", document.Header.Issuer?.Value);
        Assert.Equal(["深化“一件事一次办”改革", "推进数字政府建设", "强化用地保障", "加大金融支持", "严格督导考核"], document.Tasks.Select(t => t.Title));
    }

    private ExtractedDocument Score(string name, (int Number, string[] Lead, string[] Support)[] expectedUnits)
    {
        var path = Path.Combine(AppContext.BaseDirectory, "Documents", name + ".txt");
        var document = DocumentExtractor.Extract(name, File.ReadAllText(path));
        var (truePositives, extracted, expected) = (0, 0, 0);
        foreach (var (number, lead, support) in expectedUnits)
        {
            var task = document.Tasks.Single(t => t.Number == number);
            foreach (var (role, want) in new[] { (ResponsibilityRole.Lead, lead), (ResponsibilityRole.Support, support) })
            {
                var got = task.Responsibilities.Where(r => r.Role == role).Select(r => r.Department).ToList();
                truePositives += got.Intersect(want).Count();
                extracted += got.Count;
                expected += want.Length;
                if (!got.Order().SequenceEqual(want.Order()))
                {
                    output.WriteLine($"task {number} {role}: [{string.Join("、", got)}], expected [{string.Join("、", want)}]");
                }
            }
        }

        var f1 = 2.0 * truePositives / (extracted + expected);
        output.WriteLine($"{name}: F1 {f1:P1} ({truePositives} right of {extracted} extracted, {expected} expected)");
        Assert.Equal(1.0, f1);
        return document;
    }
}
