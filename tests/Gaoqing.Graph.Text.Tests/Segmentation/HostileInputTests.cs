using System.Text;
using Gaoqing.Graph.Text.Segmentation;

namespace Gaoqing.Graph.Text.Tests.Segmentation;

/// <summary>Input that is empty, huge, binary-looking, not Chinese, or full of surrogate pairs never breaks the segmenter.</summary>
public sealed class HostileInputTests
{
    public static TheoryData<string, string> Inputs() => new()
    {
        { "empty", "" },
        { "NUL bytes", "县科技局\0\0牵头\0" },
        { "no Chinese", "The quick brown fox, 3.14% of C++ & node.js_v2 -- done!\t\r\n" },
        { "emoji", "推动👨‍👩‍👧发展🇨🇳✅😀😀高质量" },
        { "CJK extension B and beyond", "𠀀𠀁𪜀𫝀𫠠𬺰丽中文𠮷野家" },
        { "lone surrogates", "中\uD800文\uDC00字\uD83D" },
        { "only spaces", " \u3000\u00A0\t " },
        { "control and private-use characters", "\u0001\u001F\uE000\uFFFF测试\u200B\u2028" },
    };

    [Theory]
    [MemberData(nameof(Inputs))]
    public void Tokens_concatenate_back_to_the_input_in_every_mode(string name, string text)
    {
        foreach (var hmm in new[] { true, false })
        {
            var tokens = Segmenter.Default.Cut(text, hmm);
            Assert.True(string.Concat(tokens) == text, $"{name}, hmm={hmm}: {string.Join(" | ", tokens)}");
            Assert.All(tokens, token => Assert.NotEqual(0, token.Length));
            Assert.All(tokens, token => Assert.False(SplitsAPair(token), $"{name}: a surrogate pair is split in {token}"));
            Assert.NotNull(Segmenter.Default.Tag(text, hmm));
            Assert.NotNull(Segmenter.Default.CutForSearch(text, hmm));
        }
    }

    [Fact]
    public void Surrogate_pairs_are_never_split()
    {
        var tokens = Segmenter.Default.Cut("𠀀𠀁😀中文", hmm: true);

        Assert.Equal("𠀀𠀁😀中文", string.Concat(tokens));
        Assert.Contains("😀", tokens);
    }

    [Fact]
    public void A_20_MB_single_line_is_segmented()
    {
        var seed = File.ReadAllText(RepositoryPaths.KeyTasksSeed).Replace("\n", "", StringComparison.Ordinal);
        var copies = (20 * 1024 * 1024 / Encoding.UTF8.GetByteCount(seed)) + 1;
        var line = new StringBuilder(seed.Length * copies);
        for (var i = 0; i < copies; i++)
        {
            line.Append(seed);
        }

        var text = line.ToString();
        var spans = Segmenter.Default.Tokenize(text);

        Assert.Equal(text.Length, spans.Sum(span => span.Length));
        Assert.Equal(text.Length, spans[^1].End);
    }

    [Fact]
    public void A_20_MB_run_of_ideographs_without_punctuation_is_one_block_and_still_segmented()
    {
        var text = string.Concat(Enumerable.Repeat("高质量发展绿色低碳新旧动能转换", 20 * 1024 * 1024 / 3 / 15));

        var spans = Segmenter.Default.Tokenize(text, hmm: true);

        Assert.Equal(text.Length, spans.Sum(span => span.Length));
    }

    private static bool SplitsAPair(string token) =>
        (token.Length > 0 && char.IsLowSurrogate(token[0]) && token.Length > 1)
        || (token.Length > 1 && char.IsHighSurrogate(token[^1]));
}
