using Gaoqing.Graph.Text.Normalization;

namespace Gaoqing.Graph.Text.Tests.Normalization;

public class TextNormalizerTests
{
    [Theory]
    [InlineData("县发展\n\n改革局", "县发展改革局")]
    [InlineData("27.有序 推动新 能源开 发利用", "27.有序推动新能源开发利用")]
    [InlineData("老旧小区 21\n个", "老旧小区21个")]
    [InlineData("（牵头单位:县科技局,配合单位:县发展改革局）", "（牵头单位：县科技局，配合单位：县发展改革局）")]
    [InlineData("(牵头单位：县科技局)", "（牵头单位：县科技局）")]
    [InlineData("增长６．１％，达到２２５.５亿元", "增长6.1%，达到225.5亿元")]
    [InlineData("引进１,２００人，10:30开会", "引进1,200人，10:30开会")]
    [InlineData("ＣＣＵＳ项目　建成", "CCUS项目建成")]
    [InlineData("Graph  API  和 数据", "Graph API和数据")]
    [InlineData("\uFEFF高青\u200B县", "高青县")]
    public void Cleans_text_within_and_across_lines(string raw, string expected)
    {
        Assert.Equal(expected, TextNormalizer.Normalize(raw).Text);
    }

    [Fact]
    public void Drops_page_marks_and_rejoins_the_sentence_they_interrupt()
    {
        var raw = "深化产教融合。紧抓济淄同城化科创大走廊先行区建设，\n\n— 2 —\n\n用好黄三角药谷产业园。";
        Assert.Equal("深化产教融合。紧抓济淄同城化科创大走廊先行区建设，用好黄三角药谷产业园。", TextNormalizer.Normalize(raw).Text);
    }

    [Fact]
    public void Keeps_a_dash_inside_text_that_is_not_a_page_mark()
    {
        var text = TextNormalizer.Normalize("支持齐鲁石化—胜利油田碳捕集项目。").Text;
        Assert.Equal("支持齐鲁石化—胜利油田碳捕集项目。", text);
    }

    [Fact]
    public void Item_marks_start_new_paragraphs_even_after_an_unfinished_line()
    {
        var text = TextNormalizer.Normalize("一、加快推进创新型城市建设\n1. 加强创新平台建设。\n（二）强化保障").Text;
        Assert.Equal(["一、加快推进创新型城市建设", "1.加强创新平台建设。", "（二）强化保障"], text.Split('\n'));
    }

    [Fact]
    public void Every_numbered_task_of_the_key_task_seed_is_one_paragraph()
    {
        var text = TextNormalizer.Normalize(File.ReadAllText(RepositoryPaths.KeyTasksSeed)).Text;
        var taskLines = text.Split('\n').Where(l => System.Text.RegularExpressions.Regex.IsMatch(l, @"^\d{1,2}\.\D")).ToList();

        Assert.Equal(Enumerable.Range(1, 70), taskLines.Select(l => int.Parse(l[..l.IndexOf('.')])));
        Assert.Contains(taskLines, l => l.Contains("（牵头单位：县委组织部，配合单位：县教育和体育局、县人力资源社会保障局、县科技局等部门）"));
        Assert.DoesNotContain("— 2 —", text);
    }

    [Fact]
    public void A_document_of_whole_paragraphs_keeps_its_paragraphs_and_joins_only_the_salutation()
    {
        var raw = File.ReadAllText(RepositoryPaths.PlanSeed);
        var paragraphs = TextNormalizer.Normalize(raw).Text.Split('\n');
        var rawLines = raw.Split('\n').Select(l => l.Trim()).Where(l => l.Length > 0).ToList();

        Assert.Equal(rawLines.Count - 1, paragraphs.Length);
        Assert.Contains("各镇人民政府，各街道办事处，经济开发区管委会，县政府各部门，各有关单位：《高青县2024年国民经济和社会发展计划》", paragraphs[4]);
        Assert.Contains("一、2023年国民经济和社会发展计划执行情况", paragraphs);
        Assert.Equal(rawLines.Count(l => l.StartsWith('（')), paragraphs.Count(p => p.StartsWith('（')));
    }

    [Theory]
    [InlineData("seed-2023")]
    [InlineData("seed-2024")]
    public void Every_normalized_character_maps_back_to_the_same_or_folded_original(string seed)
    {
        var raw = File.ReadAllText(seed == "seed-2023" ? RepositoryPaths.KeyTasksSeed : RepositoryPaths.PlanSeed);
        var normalized = TextNormalizer.Normalize(raw);
        for (var i = 0; i < normalized.Text.Length; i++)
        {
            var c = normalized.Text[i];
            if (c is '\n' or ' ')
            {
                var o = normalized.Original[normalized.ToOriginal(i)];
                Assert.True(char.IsWhiteSpace(o), $"separator at {i} maps to '{o}'");
                continue;
            }

            Assert.Equal(c, FoldBetweenNeighbours(normalized.Original, normalized.ToOriginal(i)));
        }
    }

    [Fact]
    public void A_span_maps_back_to_the_original_with_its_line_breaks()
    {
        var raw = "配合单位：县发展\n\n改革局等部门）";
        var normalized = TextNormalizer.Normalize(raw);
        var start = normalized.Text.IndexOf("县发展改革局", StringComparison.Ordinal);

        Assert.Equal("县发展\n\n改革局", normalized.OriginalSlice(start, start + "县发展改革局".Length));
    }

    [Theory]
    [InlineData("")]
    [InlineData("\n\n\n")]
    [InlineData("\0\0abc\0")]
    [InlineData("\uD800 lone high \uDC00 lone low")]
    [InlineData("emoji 😀 and 𠀀 extension B")]
    [InlineData("— 3 —")]
    public void Survives_odd_input_and_keeps_the_map_consistent(string raw)
    {
        var normalized = TextNormalizer.Normalize(raw);
        for (var i = 0; i <= normalized.Text.Length; i++)
        {
            Assert.InRange(normalized.ToOriginal(i), 0, raw.Length);
        }

        Assert.DoesNotContain('\0', normalized.Text);
        Assert.True(System.Text.Unicode.Utf8.IsValid(System.Text.Encoding.UTF8.GetBytes(normalized.Text)));
        Assert.Equal(normalized.Text.Count(char.IsHighSurrogate), normalized.Text.Count(char.IsLowSurrogate));
    }

    private static char FoldBetweenNeighbours(string original, int at) =>
        CharacterFolding.Fold(original[at], at > 0 ? original[at - 1] : '\0', at + 1 < original.Length ? original[at + 1] : '\0');
}
