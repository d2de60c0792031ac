namespace Gaoqing.Graph.Neo4j.Tests.Store;

/// <summary>The JSON a SourceDocument node keeps: read back as written, and refused naming the document when it is not readable.</summary>
public sealed class SourceGraphTests
{
    private const string DocumentId = "document:高政办字〔2023〕20号";

    [Theory]
    [InlineData("""{"nodes":[{"id":"n1","labels":["Task"],"properties":{"title":{"nested":1}}}],"relationships":[]}""", "a property value cannot be a StartObject")]
    [InlineData("""{"nodes":[{"id":"n1","labels":["Task"],"properties":{"aliases":[1,2]}}],"relationships":[]}""", "a list item cannot be a Number")]
    [InlineData("""{"nodes":[{"id":"n1","labels":["Task"],"properties":{"value":1e999}}],"relationships":[]}""", "beyond the range of a double")]
    [InlineData("""{"nodes":[],"relationships":[{"id":"r1","type":"LEADS","start":"a","end":"b","properties":{"sourceStart":123456789012345678901234567890}}]}""", "stored JSON is malformed")]
    public void A_stored_graph_that_is_not_readable_is_refused_naming_its_document(string json, string problem)
    {
        var error = Assert.Throws<InvalidDataException>(() => SourceGraph.Read(DocumentId, json));

        Assert.Contains($"the stored graph of document {DocumentId} in Neo4j is not readable", error.Message, StringComparison.Ordinal);
        Assert.Contains(problem, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_graph_reads_back_as_it_was_written()
    {
        const string json = """{"nodes":[{"id":"n1","labels":["Task"],"properties":{"aliases":["发改局"],"note":null,"number":26,"title":"积极发展可再生能源\u2028","value":5.0}}],"relationships":[{"id":"r1","type":"LEADS","start":"d1","end":"n1","properties":{"sourceStart":12}}]}""";

        var read = SourceGraph.Read(DocumentId, json);

        Assert.Equal(json, read.ToJson());
        Assert.Equal(5.0, Assert.IsType<double>(read.NodesById["n1"].Properties["value"]));
        Assert.Equal(26L, Assert.IsType<long>(read.NodesById["n1"].Properties["number"]));
    }
}
