using System.Text;
using System.Text.Json;
using Gaoqing.Graph.Text.Decoding;

namespace Gaoqing.Graph.Cli.Tests;

/// <summary><c>gaoqing-graph segment</c> through the dispatcher, with string readers and writers and real files.</summary>
public sealed class SegmentCommandTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("segment-tests-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    [Fact]
    public void Stdin_gives_one_json_array_per_line_and_an_empty_line_gives_an_empty_array()
    {
        var (code, output, _) = Run(["segment"], "我来到北京清华大学\n\n他来到了网易杭研大厦\n");

        Assert.Equal(0, code);
        Assert.Equal("[\"我\",\"来到\",\"北京\",\"清华大学\"]\n[]\n[\"他\",\"来到\",\"了\",\"网易\",\"杭研\",\"大厦\"]\n", output);
    }

    [Fact]
    public void No_hmm_leaves_unknown_characters_single()
    {
        var (code, output, _) = Run(["segment", "--no-hmm"], "他来到了网易杭研大厦");

        Assert.Equal(0, code);
        Assert.Equal("[\"他\",\"来到\",\"了\",\"网易\",\"杭\",\"研\",\"大厦\"]\n", output);
    }

    [Fact]
    public void Domain_keeps_units_whole()
    {
        const string line = "配合单位：市生态环境局高青分局、县工业和信息化局";

        var plain = Tokens(Run(["segment"], line).Output).Single();
        var domain = Tokens(Run(["segment", "--domain"], line).Output).Single();

        Assert.DoesNotContain("市生态环境局高青分局", plain);
        Assert.Contains("市生态环境局高青分局", domain);
        Assert.Contains("县工业和信息化局", domain);
    }

    [Fact]
    public void A_user_dictionary_file_adds_its_words()
    {
        var dictionary = Write("user.dict", "杭研大厦 5 nt\n"u8.ToArray());

        var tokens = Tokens(Run(["segment", "--user-dict", dictionary], "网易杭研大厦").Output).Single();

        Assert.Equal(["网易", "杭研大厦"], tokens);
    }

    [Fact]
    public void Normalize_cleans_each_line_first()
    {
        var tokens = Tokens(Run(["segment", "--normalize"], "推动新 能源开 发利用（ＡＢＣ）").Output).Single();

        Assert.Equal("推动新能源开发利用（ABC）", string.Concat(tokens));
    }

    [Fact]
    public void Files_are_read_in_order_and_cjk_emoji_and_extension_b_are_written_unescaped()
    {
        var first = Write("a.txt", "高青县😀\r\n"u8.ToArray());
        var second = Write("b.txt", "𠀀\t\"引号\"\\\u0001"u8.ToArray());

        var (code, output, _) = Run(["segment", first, second], "");

        Assert.Equal(0, code);
        Assert.Equal("[\"高青县\",\"😀\"]\n[\"𠀀\",\"\\t\",\"\\\"\",\"引号\",\"\\\"\",\"\\\\\",\"\\u0001\"]\n", output);
        Assert.Equal([["高青县", "😀"], ["𠀀", "\t", "\"", "引号", "\"", "\\", "\u0001"]], Tokens(output));
    }

    [Fact]
    public void A_file_with_invalid_utf8_is_bad_input_naming_the_file_and_byte_offset()
    {
        var file = Write("bad.txt", [.. "县科技局\n"u8, 0xE5, 0x8E, 0x41]);

        var (code, output, error) = Run(["segment", file], "");

        Assert.Equal(1, code);
        Assert.Equal("", output);
        Assert.Contains(file, error);
        Assert.Contains($"byte offset {Encoding.UTF8.GetByteCount("县科技局\n")}", error);
    }

    [Fact]
    public void Invalid_utf8_on_stdin_is_bad_input_naming_stdin_and_the_byte_offset()
    {
        var stdout = new StringWriter();
        var stderr = new StringWriter();
        using var stdin = new StrictUtf8Reader(new MemoryStream([.. "县科技局\n"u8, 0xFF, 0x0A]), "<stdin>");

        var code = CommandLine.Dispatch(["segment"], stdin, stdout, stderr);

        Assert.Equal(1, code);
        Assert.Equal("[\"县\",\"科技局\"]\n", stdout.ToString());
        Assert.Contains($"<stdin>: invalid UTF-8 at byte offset {Encoding.UTF8.GetByteCount("县科技局\n")}", stderr.ToString());
    }

    [Fact]
    public void A_user_dictionary_with_invalid_utf8_is_bad_input()
    {
        var dictionary = Write("bad.dict", [0x41, 0x20, 0xFF]);

        var (code, _, error) = Run(["segment", "--user-dict", dictionary], "中文");

        Assert.Equal(1, code);
        Assert.Contains($"{dictionary}: invalid UTF-8 at byte offset 2", error);
    }

    [Fact]
    public void A_malformed_user_dictionary_names_its_line()
    {
        var dictionary = Write("bad.dict", "甲乙 1\n丙丁 x\n"u8.ToArray());

        var (code, _, error) = Run(["segment", "--user-dict", dictionary], "中文");

        Assert.Equal(1, code);
        Assert.Contains($"{dictionary}:2", error);
    }

    [Fact]
    public void A_missing_file_is_bad_input()
    {
        var missing = Path.Combine(_folder, "missing.txt");

        var (code, _, error) = Run(["segment", missing], "");

        Assert.Equal(1, code);
        Assert.Contains(missing, error);
    }

    [Fact]
    public void A_directory_is_bad_input()
    {
        var (code, _, error) = Run(["segment", _folder], "");

        Assert.Equal(1, code);
        Assert.Contains($"{_folder}: is a directory", error);
    }

    [Theory]
    [InlineData("--frobnicate")]
    [InlineData("--user-dict")]
    public void Wrong_options_are_usage_errors(string option)
    {
        var (code, _, error) = Run(["segment", option], "");

        Assert.Equal(2, code);
        Assert.Contains("usage: gaoqing-graph segment", error);
    }

    [Fact]
    public void Nul_bytes_and_text_without_chinese_come_back_whole()
    {
        const string line = "a\0b C++ 3.14%";

        var tokens = Tokens(Run(["segment"], line).Output).Single();

        Assert.Equal(line, string.Concat(tokens));
    }

    private string Write(string name, byte[] bytes)
    {
        var path = Path.Combine(_folder, name);
        File.WriteAllBytes(path, bytes);
        return path;
    }

    private static (int Code, string Output, string Error) Run(string[] args, string input)
    {
        var stdout = new StringWriter();
        var stderr = new StringWriter();
        var code = CommandLine.Dispatch(args, new StringReader(input), stdout, stderr);
        return (code, stdout.ToString(), stderr.ToString());
    }

    private static List<string[]> Tokens(string output) =>
        output.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(line => JsonSerializer.Deserialize<string[]>(line)!).ToList();
}
