using Gaoqing.Graph.Model.Export;

namespace Gaoqing.Graph.Model.Tests.Export;

public sealed class CypherLiteralTests
{
    public static TheoryData<string> HostileStrings =>
    [
        "县发展改革局",
        "it's",
        "\"quoted\"",
        @"back\slash\",
        "\\'",
        "line one\nline two\r\nline three",
        "tab\there",
        "nul\0byte and bell\a",
        "separator\u2028and\u2029paragraph",
        "emoji 😀 and a lone surrogate \ud800 here",
        "'); MATCH (n) DETACH DELETE n; //",
        "\\u0041 is not an escape here",
        "BOM\uFEFF",
        "",
    ];

    [Theory]
    [MemberData(nameof(HostileStrings))]
    public void String_ReadsBackAsTheSameValue(string value)
    {
        var literal = CypherLiteral.String(value);

        var (read, end) = CypherStringReader.Read(literal, 0);

        Assert.Equal(value, read);
        Assert.Equal(literal.Length, end);
        Assert.DoesNotContain('\n', literal);
        Assert.DoesNotContain('\u2028', literal);
    }

    [Fact]
    public void String_KeepsChineseAndPairedSurrogatesAsTheyAre()
    {
        Assert.Equal("'高青县 😀'", CypherLiteral.String("高青县 😀"));
    }

    [Theory]
    [InlineData("Task", "Task")]
    [InlineData("PART_OF", "PART_OF")]
    [InlineData("has space", "`has space`")]
    [InlineData("back`tick", "`back``tick`")]
    [InlineData("1st", "`1st`")]
    [InlineData("部门", "`部门`")]
    public void Name_QuotesAnythingButAPlainName(string name, string expected)
    {
        Assert.Equal(expected, CypherLiteral.Name(name));
    }

    [Fact]
    public void Value_WritesEveryPropertyType()
    {
        Assert.Equal("26", CypherLiteral.Value(26L));
        Assert.Equal("2.0", CypherLiteral.Value(2.0));
        Assert.Equal("0.35", CypherLiteral.Value(0.35));
        Assert.Equal("1E+20", CypherLiteral.Value(1e20));
        Assert.Equal("true", CypherLiteral.Value(true));
        Assert.Equal("['发改局', 'it\\'s']", CypherLiteral.Value(new[] { "发改局", "it's" }));
        Assert.Equal("{`a b`: 1, name: 'x'}", CypherLiteral.Map(new Dictionary<string, object?> { ["name"] = "x", ["a b"] = 1L, ["gone"] = null }));
    }
}
