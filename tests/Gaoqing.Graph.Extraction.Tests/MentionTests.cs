namespace Gaoqing.Graph.Extraction.Tests;

public sealed class MentionTests
{
    [Theory]
    [InlineData("隆华PA66", MentionKind.Project)]
    [InlineData("华电60兆瓦渔光互补", MentionKind.Project)]
    [InlineData("马扎子引黄涵闸改建", MentionKind.Project)]
    [InlineData("田镇街道", MentionKind.Place)]
    [InlineData("唐坊镇", MentionKind.Place)]
    [InlineData("支脉河", MentionKind.Place)]
    [InlineData("绿心公园", MentionKind.Place)]
    [InlineData("化工产业园", MentionKind.Place)]
    public void ThePlanNamesTheseProjectsAndPlaces(string name, MentionKind kind)
    {
        var mention = SeedFiles.Plan.Mentions.First(m => m.Name == name);
        Assert.Equal(kind, mention.Kind);
        Assert.Equal(mention.Written, mention.Span.Slice(SeedFiles.Plan.Text.Text));
    }

    [Fact]
    public void PlacesHaveTheirKind()
    {
        var kinds = SeedFiles.Plan.Mentions.Where(m => m.Kind == MentionKind.Place).GroupBy(m => m.Name).ToDictionary(g => g.Key, g => g.First().PlaceKind);
        Assert.Equal("subdistrict", kinds["田镇街道"]);
        Assert.Equal("town", kinds["青城镇"]);
        Assert.Equal("river", kinds["黄河"]);
        Assert.Equal("zone", kinds["经济开发区"]);
    }

    [Theory]
    [InlineData("木李", "木李镇")] // 木李渌鑫育苗基地, a seedling base of the town
    [InlineData("唐坊", "唐坊镇")] // 唐坊高效特色农业项目, the town's farming project
    public void AShortFormTheLexiconListsIsTheTown(string written, string town)
    {
        var mention = Assert.Single(SeedFiles.Plan.Mentions, m => m.Written == written);
        Assert.Equal((MentionKind.Place, town, "town"), (mention.Kind, mention.Name, mention.PlaceKind));
        Assert.Equal(written, mention.Span.Slice(SeedFiles.Plan.Text.Text));
    }

    [Theory]
    [InlineData("一、重点工作\n1.实施青城路罩面工程。（牵头单位：县住房城乡建设局）")]
    [InlineData("一、重点工作\n1.提高城乡居民收入，关心日常家庭生活。（牵头单位：县人力资源社会保障局）")]
    public void WordsHoldingATownsShortFormAreNotPlaces(string text)
    {
        Assert.DoesNotContain(DocumentExtractor.Extract("sample", text).Mentions, m => m.Kind == MentionKind.Place);
    }

    [Fact]
    public void DepartmentsInRunningTextAreMentionsButUnitsOfAClauseAreNot()
    {
        var document = DocumentExtractor.Extract("sample", "一、重点工作\n1.配合县发改局做好规划。（牵头单位：县科技局）");
        var mention = Assert.Single(document.Mentions);
        Assert.Equal((MentionKind.Department, "县发展改革局"), (mention.Kind, mention.Name));
        Assert.Equal(["县科技局", "县发展改革局"], document.Departments.Select(d => d.Name));
    }
}
