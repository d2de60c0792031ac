namespace Gaoqing.Graph.Extraction.Tests;

public sealed class HeaderTests
{
    [Fact]
    public void TheKeyTaskNoticeHasItsNumberTitleIssuerDateAndYear()
    {
        var header = SeedFiles.KeyTasks.Header;
        Assert.Equal("高政办字〔2023〕20号", header.DocNumber?.Value);
        Assert.Equal("关于印发高青县深化新旧动能转换推动绿色低碳高质量发展2023年重点工作任务的通知", header.Title?.Value);
        Assert.Equal("高青县人民政府办公室", header.Issuer?.Value);
        Assert.Equal("2023-07-27", header.IssuedOn?.Value);
        Assert.Equal(2023, header.Year);
    }

    [Fact]
    public void ThePlanHasItsNumberTitleIssuerAndTheYearItPlans()
    {
        var header = SeedFiles.Plan.Header;
        Assert.Equal("高政发〔2024〕1号", header.DocNumber?.Value);
        Assert.Equal("关于印发高青县2024年国民经济和社会发展计划的通知", header.Title?.Value);
        Assert.Equal("高青县人民政府", header.Issuer?.Value);
        Assert.Null(header.IssuedOn);
        Assert.Equal(2024, header.Year);
    }

    [Fact]
    public void HeaderFieldsPointAtTheTextTheyWereReadFrom()
    {
        var document = SeedFiles.KeyTasks;
        var text = document.Text.Text;
        var header = document.Header;
        Assert.Equal(header.DocNumber!.Value, header.DocNumber.Span.Slice(text));
        Assert.Equal(header.Issuer!.Value, header.Issuer.Span.Slice(text));
        Assert.Equal("2023年7月27日", header.IssuedOn!.Span.Slice(text));
        Assert.Equal(header.Title!.Value, header.Title.Span.Slice(text).Replace("\n", ""));
    }

    [Fact]
    public void ADateThatDoesNotExistIsNotTakenAsTheDateOfIssue()
    {
        var document = DocumentExtractor.Extract("bad-date", "关于做好某项工作的通知\n2023年2月30日\n1.做好工作。（县科技局负责）");
        Assert.Null(document.Header.IssuedOn);
        Assert.Equal(2023, document.Header.Year);
    }
}
