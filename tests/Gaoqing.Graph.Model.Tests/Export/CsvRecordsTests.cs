using System.Text;

namespace Gaoqing.Graph.Model.Tests.Export;

/// <summary>The tests' RFC 4180 reader refuses what a strict spreadsheet import would, so the CSV checks built on it can fail.</summary>
public sealed class CsvRecordsTests
{
    private static byte[] WithBom(string text) => [0xEF, 0xBB, 0xBF, .. Encoding.UTF8.GetBytes(text)];

    [Fact]
    public void QuotedFieldsKeepTheirCommasQuotesAndLineBreaks()
    {
        var records = CsvRecords.Read(WithBom("a,b\r\n\"x,\"\"y\"\"\r\nz\",\r\n"));

        Assert.Equal([["a", "b"], ["x,\"y\"\r\nz", ""]], records);
    }

    [Theory]
    [InlineData("a,b\nc,d\r\n", "without CRLF")]
    [InlineData("a,b\r\nc\"d,e\r\n", "a quote inside an unquoted field")]
    [InlineData("a,b\r\n\"c\"d,e\r\n", "text after the closing quote")]
    [InlineData("a,b\r\n\"c,d\r\n", "never closed")]
    [InlineData("a,b\r\nc\r\n", "has 1 fields, the header 2")]
    public void MalformedCsvIsRefusedWithTheProblem(string text, string problem)
    {
        var error = Assert.Throws<FormatException>(() => CsvRecords.Read(WithBom(text)));

        Assert.Contains(problem, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void CsvWithoutTheByteOrderMarkIsRefused() =>
        Assert.Contains("byte order mark", Assert.Throws<FormatException>(() => CsvRecords.Read(Encoding.UTF8.GetBytes("a,b\r\n"))).Message, StringComparison.Ordinal);
}
