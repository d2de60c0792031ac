namespace Gaoqing.Graph.Extraction.Tests;

public sealed class PlanStructureTests
{
    [Fact]
    public void ThePlanHasThreeChaptersAndElevenSubsections()
    {
        var sections = SeedFiles.Plan.Sections;
        Assert.Equal(["2023年国民经济和社会发展计划执行情况", "2024年经济社会发展的总体要求和预期目标", "2024年经济社会发展的重点任务和主要措施"],
            sections.Where(s => s.Level == 1).Select(s => s.Title));
        Assert.Equal(11, sections.Count(s => s.Level == 2));
        Assert.Equal("深化新旧动能转换，经济高质量发展取得新成效", sections.First(s => s.Level == 2).Title);
    }

    [Fact]
    public void TheMeasuresOfThePlanAreTasksWithTheirOwnTitlesAndYears()
    {
        var document = SeedFiles.Plan;
        var first = document.Tasks.First();
        Assert.Equal("一是", first.Label);
        Assert.Equal("项目建设卓有成效", first.Title);
        Assert.Equal(2023, first.Year);
        var planned = document.Tasks.Single(t => t.Title == "提升改造传统产业");
        Assert.Equal(2024, planned.Year);
        Assert.StartsWith("实施技改项目40个以上", planned.Text[(planned.Title.Length + 1)..]);
        Assert.Equal(document.Tasks.Count, document.Tasks.Select(t => t.Key).Distinct().Count());
        Assert.True(document.Tasks.Count >= 30, $"{document.Tasks.Count} measures");
    }

    [Fact]
    public void AMeasureEndsWhereTheNextBegins()
    {
        var document = SeedFiles.Plan;
        var text = document.Text.Text;
        var first = document.Tasks[0];
        var second = document.Tasks[1];
        Assert.Equal(first.Span.End, second.Span.Start);
        Assert.StartsWith("二是", second.Span.Slice(text));
        Assert.DoesNotContain("二是", first.Span.Slice(text));
    }

    [Fact]
    public void MeasuresAfterAColonOrACommaAreFoundToo()
    {
        var document = DocumentExtractor.Extract("sample", "一、主要措施\n重点抓好三项工作：一是扩大投资，二是促进消费；三是稳定外贸。");
        Assert.Equal(["一是", "二是", "三是"], document.Tasks.Select(t => t.Label));
        Assert.Equal("扩大投资，", document.Tasks[0].Text);
        Assert.Equal(["扩大投资", "促进消费", "稳定外贸"], document.Tasks.Select(t => t.Title));
    }

    [Fact]
    public void HeadingsThatRestartTheirNumberingStillGiveUniqueTaskKeys()
    {
        var document = DocumentExtractor.Extract("sample", string.Join('\n',
            "一、上半年", "（一）投资。一是扩大投资。二是稳定投资。",
            "一、下半年", "（一）投资。一是扩大投资。二是稳定投资。",
            "二、附则", "1.做好衔接。", "二、附则", "1.做好衔接。"));
        Assert.Equal(6, document.Tasks.Count);
        Assert.Equal(6, document.Tasks.Select(t => t.Key).Distinct().Count());
    }
}
