using System.Text;
using Gaoqing.Graph.Model.Store;
using Microsoft.Data.Sqlite;

namespace Gaoqing.Graph.Model.Tests.Store;

/// <summary>The reader a reopened store parses every element's stored JSON with: it reads back exactly what
/// <see cref="PropertyValues.ToJson"/> wrote, and names the element and byte offset of anything else.</summary>
public sealed class CanonicalJsonReaderTests
{
    [Fact]
    public void Properties_ReadBackAsWrittenForEveryValueKind()
    {
        var written = PropertyValues.Normalize(
            new Dictionary<string, object?>
            {
                ["title"] = "加快\"绿色\"低碳\n转型 😀",
                ["number"] = 26,
                ["negative"] = -9_007_199_254_740_993L,
                ["whole"] = 2.0,
                ["tiny"] = 1e-300,
                ["flag"] = true,
                ["off"] = false,
                ["missing"] = null,
                ["aliases"] = new[] { "发改局", "县发改委" },
                ["none"] = Array.Empty<string>(),
            },
            "node test");

        var read = CanonicalJsonReader.ReadProperties(Encoding.UTF8.GetBytes(PropertyValues.ToJson(written)), "node test");

        Assert.Equal(written.Keys, read.Keys);
        foreach (var (key, value) in written)
        {
            Assert.True(PropertyValues.AreEqual(value, read[key]), $"{key}: {read[key]} != {value}");
            Assert.Equal(value?.GetType(), read[key]?.GetType());
        }

        Assert.Equal(PropertyValues.ToJson(written), PropertyValues.ToJson(read));
    }

    [Fact]
    public void Properties_InAnyKeyOrderAreSortedAndALaterDuplicateWins()
    {
        var read = CanonicalJsonReader.ReadProperties("""{ "b": 1, "a": "x", "b": 2.5 }"""u8, "node test");

        Assert.Equal(["a", "b"], read.Keys);
        Assert.Equal(2.5, read["b"]);
        Assert.Same(PropertyMap.Empty, CanonicalJsonReader.ReadProperties("{}"u8, "node test"));
    }

    [Theory]
    [InlineData("{\"a\": \"x", "byte 6")]
    [InlineData("""{"a": 1""", "invalid end of a number")]
    [InlineData("""{"a": 1} x""", "byte")]
    [InlineData("""{"a": {"b": 1}}""", "cannot be a StartObject")]
    [InlineData("""{"a": [1]}""", "list item cannot be a Number")]
    [InlineData("""{"a": 99999999999999999999}""", "byte 6")]
    [InlineData("""["a"]""", "expected StartObject")]
    [InlineData("", "does not contain any JSON tokens")]
    public void Properties_MalformedNameTheElementAndTheProblem(string json, string problem)
    {
        var error = Assert.Throws<InvalidDataException>(() => CanonicalJsonReader.ReadProperties(Encoding.UTF8.GetBytes(json), "document:3/task:1"));

        Assert.StartsWith("document:3/task:1: stored JSON is malformed at byte ", error.Message, StringComparison.Ordinal);
        Assert.True(error.Message.Contains(problem, StringComparison.Ordinal), error.Message);
    }

    [Theory]
    [InlineData("1e999")]
    [InlineData("-1.5E+400")]
    public void Properties_ANumberBeyondTheRangeOfADoubleIsMalformedNotInfinity(string number)
    {
        var error = Assert.Throws<InvalidDataException>(() => CanonicalJsonReader.ReadProperties(Encoding.UTF8.GetBytes($$"""{"a": {{number}}}"""), "document:3/task:1"));

        Assert.Equal($"document:3/task:1: stored JSON is malformed at byte 6: the number {number} is beyond the range of a double", error.Message);
    }

    [Fact]
    public void List_ReadsStringsAndRejectsAnythingElse()
    {
        Assert.Equal(["Task", "Document"], CanonicalJsonReader.ReadList("""["Task","Document"]"""u8, "n").AsEnumerable());
        Assert.Empty(CanonicalJsonReader.ReadList("[]"u8, "n"));
        Assert.Contains("list item cannot be a True", Assert.Throws<InvalidDataException>(() => CanonicalJsonReader.ReadList("[true]"u8, "n")).Message, StringComparison.Ordinal);
        Assert.Contains("expected StartArray", Assert.Throws<InvalidDataException>(() => CanonicalJsonReader.ReadList("\"Task\""u8, "n")).Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Reopen_OfAStoreWithACorruptRow_NamesTheElement()
    {
        using var directory = new TemporaryDirectory();
        await using (var store = await EmbeddedGraphStore.OpenAsync(directory.Path))
        {
            await store.IngestAsync(SampleGraphs.Document(3, taskCount: 2));
        }

        using (var connection = new SqliteConnection($"Data Source={Path.Combine(directory.Path, "graph.db")};Pooling=False"))
        {
            connection.Open();
            using var corrupt = connection.CreateCommand();
            corrupt.CommandText = "UPDATE nodes SET properties = '{\"title\": \"任务' WHERE id = 'document:3/task:2'";
            Assert.Equal(1, corrupt.ExecuteNonQuery());
        }

        var error = await Assert.ThrowsAsync<InvalidDataException>(() => EmbeddedGraphStore.OpenAsync(directory.Path));
        Assert.StartsWith("document:3/task:2: stored JSON is malformed at byte ", error.Message, StringComparison.Ordinal);
    }
}
