namespace Gaoqing.Graph.Extraction.Tests;

public sealed class HostileInputTests
{
    public static TheoryData<string, string> Inputs => new()
    {
        { "empty", "" },
        { "only spaces and breaks", " \n\r\n\t\u3000\n" },
        { "unbalanced brackets", "一、任务\n1.做事。（牵头单位：县科技局（（（（" + new string('（', 5000) },
        { "closing brackets only", "一、任务\n1.做事。" + new string('）', 5000) + "（县财政局负责）" },
        { "one long line of figures in quotes", "一、任务\n1." + string.Concat(Enumerable.Repeat("“新增1个”、", 20000)) },
        { "lone surrogates and controls", "一、任务\n1.做\uD800事\u0001。（县\uDC00科技局负责）" },
        { "headings without text", "一、\n（一）\n1.\n一是\n" },
        { "numbers without units", string.Concat(Enumerable.Repeat("1.2.3.4.5.6.7.8.9.", 5000)) },
        { "a figure as the first character", "5家企业" },
        { "a year and a figure as the first characters", "2022年5家企业。2021年\n3个" },
    };

    [Theory]
    [MemberData(nameof(Inputs))]
    public void AnyTextIsReadWithoutAnExceptionAndEverySpanLiesInTheText(string what, string text)
    {
        var document = DocumentExtractor.Extract(what, text);
        var length = document.Text.Text.Length;
        var spans = document.Tasks.Select(t => t.Span)
            .Concat(document.Sections.Select(s => s.Span))
            .Concat(document.Tasks.SelectMany(t => t.Responsibilities).Select(r => r.Span))
            .Concat(document.Mentions.Select(m => m.Span))
            .Concat(document.Measurements.Select(m => m.Span));
        Assert.All(spans, s => Assert.True(s.Start >= 0 && s.Start <= s.End && s.End <= length, $"{s} outside 0..{length}"));
    }

    [Fact]
    public void FiguresInsideQuotationMarksOfALongLineAreNotRead()
    {
        var text = "一、任务\n1." + string.Concat(Enumerable.Repeat("“新增1个”、", 20000)) + "新增2个试点。";
        var measurement = Assert.Single(DocumentExtractor.Extract("quotes", text).Measurements);
        Assert.Equal(2.0, measurement.Value);
    }
}
