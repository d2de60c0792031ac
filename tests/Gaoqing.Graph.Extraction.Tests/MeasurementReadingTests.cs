namespace Gaoqing.Graph.Extraction.Tests;

public sealed class MeasurementReadingTests
{
    private static IReadOnlyList<ExtractedMeasurement> Read(string body) =>
        DocumentExtractor.Extract("sample", "关于印发2023年重点工作任务的通知\n一、重点任务\n1.做好工作。" + body + "（县科技局负责）").Measurements;

    [Theory]
    [InlineData("落实落细“人才金政50条”，推进工作。")]
    [InlineData("降低PM2.5浓度，遏制O3污染。")]
    [InlineData("建立全县2023年数字产业项目清单。")]
    [InlineData("力争获批省级以上科技金桥奖1-2项。")]
    [InlineData("完成S309田高线改扩建前期工作。")]
    [InlineData("推进忠信110千伏变电站、华电60兆瓦渔光互补项目建设。")]
    public void NumbersInQuotesCodesYearsAndRangesAreNotMeasurements(string body) => Assert.Empty(Read(body));

    [Fact]
    public void AThresholdInANameIsNotAFigureButTheCountAfterItIs()
    {
        var measurement = Assert.Single(Read("全年新引进过10亿元项目5个以上。"));
        Assert.Equal((5.0, "个", "以上"), (measurement.Value, measurement.Unit, measurement.Qualifier));
        Assert.Equal("过10亿元项目", measurement.Indicator);
    }

    [Fact]
    public void TwoFiguresJoinedByAndShareTheirIndicator()
    {
        var both = Read("高新技术企业和科技型中小企业数量达到50家和60家。");
        Assert.Equal([50.0, 60.0], both.Select(m => m.Value));
        Assert.All(both, m => Assert.Equal("高新技术企业和科技型中小企业数量", m.Indicator));
    }

    [Fact]
    public void AFigureOfChangeTakesTheSubjectOfTheFigureBeforeIt()
    {
        var figures = Read("全县地区生产总值实现225.5亿元，同比增长6.1%。");
        Assert.Equal("地区生产总值", figures[0].Indicator);
        Assert.Equal("地区生产总值同比增长", figures[1].Indicator);
    }

    [Fact]
    public void QualifiersBeforeAndAfterTheFigureAreKept()
    {
        var figure = Assert.Single(Read("力争全县到位资金60亿元以上。"));
        Assert.Equal("力争 以上", figure.Qualifier);
        Assert.Equal("到位资金", figure.Indicator);
        Assert.Equal((MeasurementKind.Target, 2023), (figure.Kind, figure.Year));
        Assert.Equal("不少于", Assert.Single(Read("引进高校毕业生不少于1200人。")).Qualifier);
    }

    [Fact]
    public void AFigureWithTheNameAfterItTakesThatName()
    {
        var figure = Assert.Single(Read("实施25个以上市级重点技改项目。"));
        Assert.Equal("市级重点技改项目", figure.Indicator);
        Assert.Equal("实施25个以上市级重点技改项目", figure.Text);
    }

    [Fact]
    public void FiguresOfTheReviewSectionOfThePlanAreActualAndOfItsTasksTarget()
    {
        var measurements = SeedFiles.Plan.Measurements;
        var gdp = measurements.First(m => m.Value == 225.5);
        Assert.Equal((MeasurementKind.Actual, 2023, "亿元"), (gdp.Kind, gdp.Year, gdp.Unit));
        var investment = measurements.Single(m => m.Value == 20.5);
        Assert.Contains("技改", investment.Indicator);
        var stock = measurements.Single(m => m.Value == 14.5);
        Assert.Equal((MeasurementKind.Target, 2024, "万头"), (stock.Kind, stock.Year, stock.Unit));
    }

    [Theory]
    [InlineData("确保全年开工率、投资完成率两个100%。", "投资完成率")]
    [InlineData("完成路网延伸通达20公里。", "路网延伸")]
    [InlineData("2处卫生院通过“国家优质服务基层行”推荐标准。", "卫生院")]
    [InlineData("聚焦20条产业链。", "产业链")]
    [InlineData("与全国162个地区建立合作。", "地区建立合作")]
    [InlineData("粮食播种面积稳定在122万亩以上。", "粮食播种面积")]
    public void VerbsAndLinkingWordsAroundTheNameAreNotPartOfIt(string body, string indicator) =>
        Assert.Equal(indicator, Assert.Single(Read(body)).Indicator);

    [Fact]
    public void ASentenceOpeningWithAnEarlierYearReportsActualFigures()
    {
        var figures = Read("2022年，全县完成投资50亿元。力争2023年投资达到60亿元。去年新增企业30家。");
        Assert.Equal([(MeasurementKind.Actual, 2022), (MeasurementKind.Target, 2023), (MeasurementKind.Actual, 2022)], figures.Select(m => (m.Kind, m.Year ?? 0)));
    }
}
