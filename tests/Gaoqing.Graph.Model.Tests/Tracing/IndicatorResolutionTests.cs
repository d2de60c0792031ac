using Gaoqing.Graph.Model.Tracing;

namespace Gaoqing.Graph.Model.Tests.Tracing;

/// <summary>One canonical name per real indicator and per real project, from the lexicon and from the rules for unseen names.</summary>
public sealed class IndicatorResolutionTests
{
    [Theory]
    [InlineData("城镇新增就业", "新增城镇就业")]
    [InlineData("城镇就业", "新增城镇就业")]
    [InlineData("GDP", "地区生产总值")]
    [InlineData("GDP同比增长", "地区生产总值增长")]
    [InlineData("地区生产总值同比增长", "地区生产总值增长")]
    [InlineData("规上工业增加值同比增长", "规模以上工业增加值增长")]
    [InlineData("21个老旧小区完成改造", "21个老旧小区改造")]
    [InlineData("老旧小区完成改造", "老旧小区改造")]
    [InlineData("老旧小区改造全部完工", "老旧小区改造")]
    [InlineData("飞源电子环氧树脂等市级重点技改项目", "市级重点技改项目")]
    [InlineData("泰山产业领军等省级及以上人才工程", "省级及以上重点人才工程")]
    [InlineData("全县新增绿色建筑", "新增绿色建筑")]
    [InlineData("农村道路", "农村道路")]
    public void NamesResolveToTheirIndicator(string written, string canonical) =>
        Assert.Equal(canonical, IndicatorLexicon.Shared.Resolve(written));

    [Fact]
    public void AFigureReadAfterPairedFiguresMeasuresTheLastOfThePairedNames()
    {
        var lexicon = IndicatorLexicon.Shared;
        Assert.Equal("科技型中小企业", lexicon.Resolve("高新技术企业和科技型中小企业数量", "高新技术企业和科技型中小企业数量达到50家和60家"));
        Assert.Equal("高新技术企业和科技型中小企业", lexicon.Resolve("高新技术企业和科技型中小企业", "高新技术企业和科技型中小企业达到80家"));
        Assert.Equal("绿化和灌溉工程", lexicon.Resolve("绿化和灌溉工程", "实施绿化和灌溉工程240亩"));
    }

    [Fact]
    public void AliasesComeFromTheLexiconAndFollowARateOfChange()
    {
        var lexicon = IndicatorLexicon.FromLines(["# comment", "", "新增城镇就业\t城镇就业|城镇新增就业", "粮食播种面积"]);
        Assert.Equal(["城镇就业", "城镇新增就业"], lexicon.AliasesOf("新增城镇就业"));
        Assert.Equal(["城镇就业增长", "城镇新增就业增长"], lexicon.AliasesOf("新增城镇就业增长"));
        Assert.Empty(lexicon.AliasesOf("粮食播种面积"));
        Assert.Empty(lexicon.AliasesOf("未知指标"));
        Assert.Equal("新增城镇就业增长", lexicon.Resolve("城镇新增就业同比增长"));
    }

    [Theory]
    [InlineData("马扎子引黄涵闸改建工程", "马扎子引黄涵闸改建")]
    [InlineData("马扎子引黄涵闸改建", "马扎子引黄涵闸改建")]
    [InlineData("天鹅湖罗曼园项目", "天鹅湖罗曼园")]
    [InlineData("黄河淤背区百里生态廊道建设", "黄河淤背区百里生态廊道")]
    [InlineData("引黄灌区小流域水环境治理工程建设项目", "引黄灌区小流域水环境治理")]
    [InlineData("大桥工程", "大桥工程")]
    [InlineData("水库工程", "水库工程")]
    public void ProjectsAreKeyedWithoutTheWordsThatSayWhatKindOfUndertakingTheyAre(string name, string key) =>
        Assert.Equal(key, ProjectIdentity.Key(name));

    [Theory]
    [InlineData("马扎子引黄涵闸改建完工投用", true)]
    [InlineData("黄河淤背区百里生态廊道建设完成", true)]
    [InlineData("齐鲁石化—胜利油田百万吨级CCUS项目建成投用", true)]
    [InlineData("齐氟含氟高端电子材料项目4个月完成总工程量的65%", false)]
    [InlineData("高青至商河高速公路完成总工程量三分之二", false)]
    [InlineData("天鹅湖罗曼园皇室古堡主体完工", false)]
    [InlineData("滨淄黄河大桥工程尚未完工", false)]
    [InlineData("滨淄黄河大桥工程开工建设", false)]
    public void CompletionWordsSayTheWorkWasDoneOnlyWhenItWas(string clause, bool done) =>
        Assert.Equal(done, CompletionWords.SayDone(clause, 0));
}
