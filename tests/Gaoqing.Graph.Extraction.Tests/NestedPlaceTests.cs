namespace Gaoqing.Graph.Extraction.Tests;

/// <summary>Places written inside a longer name (a project's, another place's) are places the task mentions, each with its own span.</summary>
public sealed class NestedPlaceTests
{
    /// <summary>Every place mention of the seeds that lies inside a longer mention, checked by hand: document, place as
    /// written, the longer name as written, and why the place is really meant.</summary>
    private static readonly (string Document, string Written, string Outer, string Reason)[] CheckedByHand =
    [
        ("2023", "小清河", "小清河临港物流园", "the logistics park is the port on the 小清河; task 21 builds it"),
        ("2023", "小清河", "小清河（高青段）复航工程", "the project reopens the 小清河 itself to shipping"),
        ("2023", "黄河", "滨淄黄河大桥", "a bridge over the 黄河"),
        ("2023", "黄河", "黄河淤背区百里生态廊道", "the corridor lies on the silted bank of the 黄河"),
        ("2023", "大芦湖水库", "大芦湖水库提升改造工程", "the project upgrades the reservoir itself"),
        ("2023", "黄河", "黄河淤背区百里生态廊道", "the corridor lies on the silted bank of the 黄河"),
        ("2023", "田镇", "田镇四街改造安置房", "the fourth street of 田镇 (田镇街道) being rebuilt"),
        ("2023", "天鹅湖", "天鹅湖罗曼园项目", "the resort is built at the lake 天鹅湖"),
        ("2024", "大芦湖水库", "大芦湖水库提升改造", "the project upgrades the reservoir itself"),
        ("2024", "黄三角药谷产业园", "黄三角药谷产业园二期", "phase two of that industrial park"),
        ("2024", "黄河", "黄河淤背区百里生态廊道", "the corridor lies on the silted bank of the 黄河"),
        ("2024", "天鹅湖", "天鹅湖湿地公园", "the wetland park around the lake 天鹅湖"),
        ("2024", "千乘湖", "千乘湖湿地公园", "the wetland park around the lake 千乘湖"),
        ("2024", "小清河", "小清河复航", "reopening the 小清河 itself to shipping"),
        ("2024", "黄河", "滨淄黄河大桥", "a bridge over the 黄河"),
        ("2024", "天鹅湖", "天鹅湖罗曼园", "the resort is built at the lake 天鹅湖"),
        ("2024", "黄三角药谷产业园", "黄三角药谷产业园二期", "phase two of that industrial park"),
        ("2024", "黄河", "黄河食品产业园", "the park is named for and sits by the 黄河, as 小清河临港物流园 by the 小清河"),
        ("2024", "田镇", "田镇四街改造安置房", "the fourth street of 田镇 (田镇街道) being rebuilt"),
        ("2024", "天鹅湖", "天鹅湖罗曼园", "the resort is built at the lake 天鹅湖"),
        ("2024", "黄河", "滨淄黄河大桥工程", "a bridge over the 黄河"),
        ("2024", "小清河", "小清河复航", "reopening the 小清河 itself to shipping"),
    ];

    [Theory]
    [InlineData(41, "田镇街道", "田镇")] // inside the project 田镇四街改造安置房
    [InlineData(21, "小清河", "小清河")] // inside the zone 小清河临港物流园
    [InlineData(22, "小清河", "小清河")] // inside the project 小清河（高青段）复航工程
    public void KeyTasksMentionThePlaceWrittenInsideALongerName(int number, string place, string written)
    {
        var document = SeedFiles.KeyTasks;
        var task = Assert.Single(document.Tasks, t => t.Number == number);
        var mention = Assert.Single(document.Mentions, m => m.Kind == MentionKind.Place && m.Name == place && task.Span.Contains(m.Span));
        Assert.Equal(written, mention.Written);
        Assert.Equal(written, mention.Span.Slice(document.Text.Text));
        Assert.Contains(document.Mentions, m => m.Kind != MentionKind.Department && m.Span.Length > mention.Span.Length && m.Span.Contains(mention.Span));
    }

    [Fact]
    public void EveryPlaceFoundInsideALongerNameIsOneCheckedByHand()
    {
        var found = new[] { ("2023", SeedFiles.KeyTasks), ("2024", SeedFiles.Plan) }
            .SelectMany(d => NestedPlaces(d.Item2).Select(n => (d.Item1, n.Written, n.Outer)))
            .ToArray();
        var expected = CheckedByHand.Select(c => (c.Document, c.Written, c.Outer)).ToArray();
        Assert.True(expected.SequenceEqual(found), "found inside longer names: " + string.Join("; ", found));
        Assert.All(CheckedByHand, c => Assert.False(string.IsNullOrWhiteSpace(c.Reason)));
    }

    [Fact]
    public void NestedPlacesKeepTheirKindAndCanonicalName()
    {
        var nested = NestedPlaces(SeedFiles.KeyTasks).Concat(NestedPlaces(SeedFiles.Plan)).Select(n => n.Mention).ToArray();
        Assert.All(nested.Where(m => m.Written == "田镇"), m => Assert.Equal(("田镇街道", "subdistrict"), (m.Name, m.PlaceKind)));
        Assert.All(nested.Where(m => m.Written == "小清河"), m => Assert.Equal(("小清河", "river"), (m.Name, m.PlaceKind)));
        Assert.All(nested, m => Assert.Equal(MentionKind.Place, m.Kind));
    }

    [Theory]
    [InlineData("一、重点工作\n1.配合县黄河河务局做好防汛。（牵头单位：县水利局）", "县黄河河务局")]
    [InlineData("一、重点工作\n1.协调高青黄河河务局做好防汛。（牵头单位：县水利局）", "高青黄河河务局")]
    public void ADepartmentNameYieldsNoPlace(string text, string department)
    {
        var document = DocumentExtractor.Extract("sample", text);
        var mention = Assert.Single(document.Mentions);
        Assert.Equal((MentionKind.Department, department), (mention.Kind, mention.Written));
    }

    [Theory]
    [InlineData("一、重点工作\n1.推进高青化工产业园建设。（牵头单位：县工业和信息化局）", "化工产业园")] // 化工产业园 inside its alias
    [InlineData("一、重点工作\n1.提升高青县大芦湖水库水质。（牵头单位：县水利局）", "大芦湖水库")] // its alias 大芦湖 inside, after 高青县
    public void APlaceNameHoldingAnotherFormOfTheSamePlaceIsOnePlace(string text, string place)
    {
        var document = DocumentExtractor.Extract("sample", text);
        var mention = Assert.Single(document.Mentions);
        Assert.Equal((MentionKind.Place, place), (mention.Kind, mention.Name));
    }

    [Fact]
    public void TheCountyItselfIsNeverAPlaceOfTheSeeds()
    {
        var names = SeedFiles.KeyTasks.Mentions.Concat(SeedFiles.Plan.Mentions).Where(m => m.Kind == MentionKind.Place).Select(m => m.Name);
        Assert.DoesNotContain(names, n => n.StartsWith("高青", StringComparison.Ordinal));
    }

    private static IEnumerable<(string Written, string Outer, Mention Mention)> NestedPlaces(ExtractedDocument document) =>
        document.Mentions
            .Select(inner => (inner, outer: document.Mentions.FirstOrDefault(o => o != inner && o.Span.Length > inner.Span.Length && o.Span.Contains(inner.Span))))
            .Where(p => p.outer is not null)
            .Select(p => (p.inner.Written, p.outer!.Written, p.inner));
}
