using Xunit.Abstractions;

namespace Gaoqing.Graph.Extraction.Tests;

/// <summary>A whole document written for these tests in formats the seeds do not use, scored like the held-out set.</summary>
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

    [Fact]
    public void LeadAndSupportUnitsOfACityPlanInOtherFormatsAreAllFound()
    {
        var path = Path.Combine(AppContext.BaseDirectory, "Documents", "city-transport-plan.txt");
        var document = DocumentExtractor.Extract("city-transport-plan", File.ReadAllText(path));
        var (truePositives, extracted, expected) = (0, 0, 0);
        foreach (var (number, lead, support) in Expected)
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
        output.WriteLine($"F1 {f1:P1} ({truePositives} right of {extracted} extracted, {expected} expected)");
        Assert.Equal(1.0, f1);
        Assert.Equal("某政办发〔2024〕7号", document.Header.DocNumber?.Value);
        Assert.Equal("2024-03-15", document.Header.IssuedOn?.Value);
        Assert.Equal(8, document.Tasks.Count);
    }
}
