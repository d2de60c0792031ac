using System.Collections.Immutable;
using System.Text.Json;
using Gaoqing.Graph.Model.Export;
using Gaoqing.Graph.Model.Store;

namespace Gaoqing.Graph.Model.Tests.Store;

/// <summary>How property values and parameters become JSON: doubles, integers, lists, escapes, and the values refused.</summary>
public sealed class PropertyJsonWriterTests
{
    [Theory]
    [InlineData(2.0, "2.0")]
    [InlineData(-0.0, "-0.0")]
    [InlineData(1e21, "1E+21")]
    [InlineData(1e-7, "1E-07")]
    [InlineData(225.5, "225.5")]
    [InlineData(double.MaxValue, "1.7976931348623157E+308")]
    [InlineData(double.Epsilon, "5E-324")]
    public void ADoubleKeepsAFractionOrExponentAndReadsBackAsTheSameDouble(double value, string expected)
    {
        var json = PropertyValues.ToJson(Properties(("v", value)));

        Assert.Equal($"{{\"v\":{expected}}}", json);
        var read = Assert.IsType<double>(PropertyValues.FromJson(json)["v"]);
        Assert.Equal(BitConverter.DoubleToInt64Bits(value), BitConverter.DoubleToInt64Bits(read));
    }

    [Theory]
    [InlineData(double.NaN, "NaN")]
    [InlineData(double.PositiveInfinity, "Infinity")]
    [InlineData(double.NegativeInfinity, "-Infinity")]
    public void ANonFiniteDoubleIsRefusedNamingThePropertyInEveryWriter(double value, string shown)
    {
        var node = new GraphNode("task:1", ["Task"], Properties(("ratio", value)));

        var log = Assert.Throws<ArgumentException>(() => PropertyValues.ToJson(node.Properties));
        var export = Assert.Throws<ArgumentException>(() => GraphJsonWriter.ToJson(new GraphExport([node], [])));
        var store = Assert.Throws<InvalidDataException>(() => PropertyValues.Normalize(node.Properties, "node task:1"));

        Assert.Contains($"properties.ratio: {shown} is not a finite number", log.Message);
        Assert.Contains($"node task:1.ratio: {shown} is not a finite number", export.Message);
        Assert.Contains("node task:1.ratio", store.Message);
        Assert.Throws<ArgumentOutOfRangeException>(() => CypherLiteral.Value(value));
    }

    [Fact]
    public void IntegersAreWrittenExactlyAndReadBackAsLongs()
    {
        var json = PropertyValues.ToJson(Properties(("max", long.MaxValue), ("min", long.MinValue), ("small", 26), ("zero", 0L)));

        Assert.Equal("{\"max\":9223372036854775807,\"min\":-9223372036854775808,\"small\":26,\"zero\":0}", json);
        var read = PropertyValues.FromJson(json);
        Assert.Equal(long.MaxValue, Assert.IsType<long>(read["max"]));
        Assert.Equal(long.MinValue, Assert.IsType<long>(read["min"]));
        Assert.Equal(26L, Assert.IsType<long>(read["small"]));
    }

    [Fact]
    public void AnEmptyListIsAnEmptyArrayAndReadsBackEmpty()
    {
        var json = PropertyValues.ToJson(Properties(("aliases", ImmutableArray<string>.Empty)));

        Assert.Equal("{\"aliases\":[]}", json);
        Assert.Empty(Assert.IsType<ImmutableArray<string>>(PropertyValues.FromJson(json)["aliases"]));
    }

    [Fact]
    public void ChineseIsKeptAndControlCharactersAndSeparatorsAreEscaped()
    {
        const string text = "县发展改革局\"牵头\"\\\n\t\u0001\u001f\u2028\u2029😀";

        var json = PropertyValues.ToJson(Properties(("title", text), ("aliases", new[] { "发改局", "a\u0000b" })));

        Assert.Contains("县发展改革局", json);
        Assert.Contains("发改局", json);
        Assert.Contains("\\\"牵头\\\"\\\\\\n\\t\\u0001\\u001F\\u2028\\u2029", json);
        Assert.Contains("a\\u0000b", json);
        Assert.DoesNotContain('\n', json);
        var read = PropertyValues.FromJson(json);
        Assert.Equal(text, read["title"]);
        Assert.Equal(["发改局", "a\u0000b"], Assert.IsType<ImmutableArray<string>>(read["aliases"]).ToArray());
    }

    [Theory]
    [InlineData("中", 0xD800, "文")]
    [InlineData("", 0xDC00, "")]
    [InlineData("末尾", 0xD83D, "")]
    [InlineData("😀", 0xDE00, "a")]
    public void ALoneSurrogateIsRefusedWithItsIndexInsteadOfBeingReplaced(string before, int surrogate, string after)
    {
        var text = before + (char)surrogate + after;
        var index = before.Length;
        var code = surrogate.ToString("X4", System.Globalization.CultureInfo.InvariantCulture);
        var export = Assert.Throws<ArgumentException>(() => GraphJsonWriter.ToJson(new GraphExport(
            [new GraphNode("n", ["Task"], Properties(("aliases", new[] { "ok", text })))], [])));
        var store = Assert.Throws<InvalidDataException>(() => PropertyValues.Normalize(Properties(("title", text)), "node n"));

        Assert.Contains($"node n.aliases[1]: the string holds a lone surrogate U+{code} at index {index}", export.Message);
        Assert.Contains($"node n.title: the text holds a lone surrogate U+{code} at index {index}", store.Message);
    }

    [Fact]
    public void NullIsWrittenAsNullButAListHoldingNullIsRefused()
    {
        Assert.Equal("{\"qualifier\":null}", PropertyValues.ToJson(Properties(("qualifier", null))));

        var error = Assert.Throws<ArgumentException>(() => PropertyValues.ToJson(Properties(("aliases", new[] { "a", null }))));

        Assert.Contains("properties.aliases[1]: a list property holds null", error.Message);
    }

    [Fact]
    public void AMapIsAParameterButNotAPropertyValue()
    {
        var map = new Dictionary<string, object?> { ["id"] = "task:1", ["value"] = 5.0, ["labels"] = new[] { "Task" }, ["after"] = null };
        var rows = Properties(("rows", new List<Dictionary<string, object?>> { map }));

        Assert.Equal("{\"rows\":[{\"id\":\"task:1\",\"value\":5.0,\"labels\":[\"Task\"],\"after\":null}]}", Write(rows, parameters: true));
        var error = Assert.Throws<ArgumentException>(() => Write(Properties(("where", map)), parameters: false));
        Assert.Contains("test.where: a property value of type Dictionary`2", error.Message);
    }

    [Fact]
    public void AValueOfAnotherTypeIsRefusedNamingItsTypeAndPlace()
    {
        var error = Assert.Throws<ArgumentException>(() => Write(Properties(("rows", new object?[] { 1L, Guid.Empty })), parameters: true));

        Assert.Contains("test.rows[1]: a parameter of type Guid", error.Message);
    }

    [Fact]
    public void TheExportWritesMeasurementValuesAsTheDoublesTheStoreHolds()
    {
        var json = GraphJsonWriter.ToJson(GraphExport.Merge([SeedFiles.KeyTasks]));

        using var document = JsonDocument.Parse(json);
        var values = document.RootElement.GetProperty("nodes").EnumerateArray()
            .Where(node => node.GetProperty("labels")[0].GetString() == "Measurement")
            .Select(node => node.GetProperty("properties").GetProperty("value").GetRawText())
            .ToArray();
        Assert.NotEmpty(values);
        Assert.All(values, value => Assert.True(value.IndexOfAny(['.', 'E']) >= 0, $"{value} would read back as an integer"));
    }

    private static Dictionary<string, object?> Properties(params (string Key, object? Value)[] pairs) =>
        pairs.ToDictionary(pair => pair.Key, pair => pair.Value, StringComparer.Ordinal);

    private static string Write(IReadOnlyDictionary<string, object?> values, bool parameters)
    {
        using var buffer = new MemoryStream();
        using (var writer = new Utf8JsonWriter(buffer, PropertyJsonWriter.Options))
        {
            if (parameters)
            {
                PropertyJsonWriter.WriteParameters(writer, values, "test");
            }
            else
            {
                PropertyJsonWriter.WriteProperties(writer, values, "test");
            }
        }

        return System.Text.Encoding.UTF8.GetString(buffer.ToArray());
    }
}
