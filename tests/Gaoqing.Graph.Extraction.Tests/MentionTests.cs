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

    [Fact]
    public void DepartmentsInRunningTextAreMentionsButUnitsOfAClauseAreNot()
    {
        var document = DocumentExtractor.Extract("sample", "一、重点工作\n1.配合县发改局做好规划。（牵头单位：县科技局）");
        var mention = Assert.Single(document.Mentions);
        Assert.Equal((MentionKind.Department, "县发展改革局"), (mention.Kind, mention.Name));
        Assert.Equal(["县科技局", "县发展改革局"], document.Departments.Select(d => d.Name));
    }
}
