using Gaoqing.Graph.Text.Decoding;
using Gaoqing.Graph.Text.Segmentation;

namespace Gaoqing.Graph.Text.Tests.Segmentation;

/// <summary>Added words, user dictionaries, tags and the shared instance.</summary>
public sealed class SegmenterTests
{
    [Fact]
    public void Hmm_joins_unknown_characters_that_the_dictionary_leaves_single()
    {
        Assert.Equal(["他", "来到", "了", "网易", "杭研", "大厦"], Segmenter.Default.Cut("他来到了网易杭研大厦", hmm: true));
        Assert.Equal(["他", "来到", "了", "网易", "杭", "研", "大厦"], Segmenter.Default.Cut("他来到了网易杭研大厦", hmm: false));
    }

    [Fact]
    public void An_added_word_with_a_frequency_and_tag_is_one_token_with_that_tag()
    {
        var segmenter = new Segmenter();

        Assert.Equal(5, segmenter.AddWord("杭研大厦", 5, "nt"));

        Assert.Equal(new TaggedWord("杭研大厦", "nt"), segmenter.Tag("他来到了网易杭研大厦")[^1]);
        Assert.False(Segmenter.Default.Contains("杭研大厦"));
    }

    [Fact]
    public void An_added_word_without_a_frequency_gets_just_enough_to_win()
    {
        var segmenter = new Segmenter();
        Assert.NotEqual(["局高青"], segmenter.Cut("局高青", hmm: false));

        var frequency = segmenter.AddWord("局高青");

        Assert.Equal(["局高青"], segmenter.Cut("局高青", hmm: false));
        Assert.Equal(frequency, segmenter.Frequency("局高青"));
        Assert.Equal("", segmenter.Tag("局高青")[0].Tag);
    }

    [Fact]
    public void Adding_a_known_word_changes_its_frequency_and_keeps_its_tag()
    {
        var segmenter = new Segmenter();
        var tag = segmenter.Tag("北京")[0].Tag;

        segmenter.AddWord("北京", 7, "x");

        Assert.Equal(7, segmenter.Frequency("北京"));
        Assert.Equal(tag, segmenter.Tag("北京")[0].Tag);
    }

    [Fact]
    public void A_user_dictionary_adds_words_with_and_without_frequencies()
    {
        var segmenter = new Segmenter();

        segmenter.LoadUserDictionary("杭研大厦 5 nt\n\n  局高青\r\n", "test.dict");

        Assert.Equal(new TaggedWord("杭研大厦", "nt"), segmenter.Tag("网易杭研大厦")[^1]);
        Assert.Equal(["局高青"], segmenter.Cut("局高青"));
    }

    [Fact]
    public void Dictionary_fields_may_be_separated_by_any_unicode_white_space()
    {
        var segmenter = Segmenter.FromDictionary("\uFEFF甲乙\t10\u3000n\n  丙\u00A01  q  \r\n\n", "spaced.dict");

        Assert.Equal(10, segmenter.Frequency("甲乙"));
        Assert.Equal([new TaggedWord("甲乙", "n"), new TaggedWord("丙", "q")], segmenter.Tag("甲乙丙", hmm: false));
    }

    [Fact]
    public void A_bad_frequency_names_the_source_and_line()
    {
        var error = Assert.Throws<DictionaryFormatException>(() => new Segmenter().LoadUserDictionary("甲乙 1 n\n丙丁 many n\n", "user.dict"));

        Assert.Equal(2, error.Line);
        Assert.Contains("user.dict:2", error.Message);
    }

    [Fact]
    public void A_user_dictionary_file_that_is_not_utf8_names_the_byte_offset()
    {
        var path = Path.GetTempFileName();
        try
        {
            File.WriteAllBytes(path, [.. "甲乙 1 n\n"u8, 0xC3, 0x28]);

            var error = Assert.Throws<InvalidUtf8Exception>(() => new Segmenter().LoadUserDictionary(path));

            Assert.Equal(System.Text.Encoding.UTF8.GetByteCount("甲乙 1 n\n"), error.ByteOffset);
            Assert.Contains(path, error.Message);
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public void A_segmenter_over_its_own_dictionary_knows_only_those_words()
    {
        var segmenter = Segmenter.FromDictionary("甲乙 10 n\n丙 1 q\n乙丙\n", "tiny.dict");

        Assert.Equal(3, segmenter.WordCount);
        Assert.Equal(0, segmenter.Frequency("乙丙"));
        Assert.Equal(["甲乙", "丙"], segmenter.Cut("甲乙丙", hmm: false));
        Assert.Equal([new TaggedWord("甲乙", "n"), new TaggedWord("丙", "q")], segmenter.Tag("甲乙丙", hmm: false));
    }

    [Fact]
    public void The_shared_segmenter_cannot_be_changed()
    {
        Assert.Throws<InvalidOperationException>(() => Segmenter.Default.AddWord("杭研大厦", 5));
    }

    [Fact]
    public void Unknown_tokens_are_tagged_by_their_letters_and_digits()
    {
        var tags = Segmenter.Default.Tag("当上CEO，2023").ToDictionary(tagged => tagged.Word, tagged => tagged.Tag);

        Assert.Equal("eng", tags["CEO"]);
        Assert.Equal("x", tags["，"]);
        Assert.Equal("m", tags["2023"]);
    }

    [Fact]
    public void Search_mode_adds_the_dictionary_sub_words_before_each_long_token()
    {
        Assert.Equal(["中华", "华人", "人民", "共和", "共和国", "中华人民共和国"], Segmenter.Default.CutForSearch("中华人民共和国"));
    }

    [Fact]
    public void Token_spans_cover_the_text_in_order()
    {
        const string text = "高青县2024年GDP增长6.5%，😀";
        var spans = Segmenter.Default.Tokenize(text);

        Assert.Equal(0, spans[0].Start);
        Assert.Equal(text.Length, spans[^1].End);
        Assert.All(spans.Zip(spans.Skip(1)), pair => Assert.Equal(pair.First.End, pair.Second.Start));
    }
}
