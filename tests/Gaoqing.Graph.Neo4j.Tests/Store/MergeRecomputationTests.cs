using System.Text.Json;
using System.Text.Json.Nodes;

namespace Gaoqing.Graph.Neo4j.Tests.Store;

/// <summary>What the store writes for nodes shared by documents, given the stored state the fake Query API reports.</summary>
public sealed class MergeRecomputationTests
{
    [Fact]
    public async Task A_node_already_stated_by_another_document_is_merged_with_the_new_version_without_reading_other_documents()
    {
        var first = await Ingested(TestGraphs.Document(1, alias: "发展改革局"));
        await using var harness = new StoreHarness();
        harness.Server.Answer = request => request.Kind == "get nodes" ? NodeRows(first.NodeRows.Where(row => Id(row) == TestGraphs.Development), ["document:1"]) : null;

        await harness.Store.IngestAsync(TestGraphs.Document(2, alias: "县发改局"));

        var development = WrittenNodes(harness).Single(row => Id(row) == TestGraphs.Development).GetProperty("properties");
        Assert.Equal(["发改局", "发展改革局", "县发改局"], Strings(development.GetProperty("aliases")));
        Assert.Equal(["document:1", "document:2"], Strings(development.GetProperty("_statedBy")));
        Assert.DoesNotContain("read source graphs", harness.Server.Kinds);
    }

    [Fact]
    public async Task Removing_a_document_recomputes_shared_nodes_from_the_remaining_documents_and_deletes_the_rest()
    {
        var first = await Ingested(TestGraphs.Document(1, taskCount: 2, alias: "发展改革局"));
        var second = await Ingested(TestGraphs.Document(2, taskCount: 1, alias: "县发改局"));
        var shared = new HashSet<string> { TestGraphs.Development, TestGraphs.Science };
        await using var harness = new StoreHarness();
        harness.Server.Answer = request => request.Kind switch
        {
            "find documents" => SourceRows(first.Source),
            "get nodes" => FakeQueryApi.Rows(
                """["id", "labels", "properties"]""",
                JsonSerializer.Serialize(first.NodeRows.Select(row => Row(row, shared.Contains(Id(row)) ? ["document:1", "document:2"] : ["document:1"])))),
            "read stated relationships" => RelationshipRows(first.RelationshipRows),
            "read source graphs" => SourceRows(second.Source),
            _ => null,
        };

        Assert.True(await harness.Store.RemoveDocumentAsync("document:1"));

        Assert.Equal(["document:2"], Strings(Single(harness, "read source graphs").GetProperty("ids")));
        var written = WrittenNodes(harness).ToDictionary(Id, row => row.GetProperty("properties"));
        Assert.Equal(shared.Order(StringComparer.Ordinal), written.Keys.Order(StringComparer.Ordinal));
        Assert.Equal(["发改局", "县发改局"], Strings(written[TestGraphs.Development].GetProperty("aliases")));
        Assert.Equal(["document:2"], Strings(written[TestGraphs.Development].GetProperty("_statedBy")));
        Assert.Equal(["document:1", "document:1/task:1", "document:1/task:2"], Strings(Single(harness, "delete nodes").GetProperty("ids")).Order(StringComparer.Ordinal));
        Assert.Equal(6, Single(harness, "delete relationships").GetProperty("rows").GetArrayLength());
        Assert.Equal(["document:1"], Strings(Single(harness, "delete source documents").GetProperty("ids")));
        Assert.DoesNotContain("write relationships", harness.Server.Kinds);
        Assert.Equal("commit", harness.Server.Kinds[^1]);
    }

    [Fact]
    public async Task A_replacing_version_that_moves_a_relationship_deletes_the_old_one_before_writing_the_new()
    {
        var first = await Ingested(TestGraphs.Document(1, taskCount: 1));
        await using var harness = new StoreHarness();
        harness.Server.Answer = request => request.Kind switch
        {
            "find documents" => SourceRows(first.Source),
            "get nodes" => NodeRows(first.NodeRows, ["document:1"]),
            "read stated relationships" => RelationshipRows(first.RelationshipRows),
            _ => null,
        };
        var graph = TestGraphs.Document(1, taskCount: 1);
        var moved = graph with
        {
            Relationships = [.. graph.Relationships.Select(relationship => relationship.Type == "LEADS" ? relationship with { Start = TestGraphs.Science } : relationship)],
        };

        var outcome = await harness.Store.IngestAsync(moved);

        Assert.Equal(IngestStatus.Replaced, outcome.Status);
        var deleted = Assert.Single(Single(harness, "delete relationships").GetProperty("rows").EnumerateArray());
        Assert.Equal(("document:1/task:1/leads", TestGraphs.Development), (Id(deleted), deleted.GetProperty("start").GetString()));
        var written = harness.Statements.Single(request => request.Kind == "write relationships").Parameters.GetProperty("rows").EnumerateArray().Single(row => Id(row) == "document:1/task:1/leads");
        Assert.Equal(TestGraphs.Science, written.GetProperty("start").GetString());
        Assert.True(harness.Server.Kinds.IndexOf("delete relationships") < harness.Server.Kinds.IndexOf("write relationships"));
        Assert.DoesNotContain("delete nodes", harness.Server.Kinds);
    }

    [Fact]
    public async Task A_stored_state_that_names_a_document_whose_graph_lacks_the_node_is_reported_and_rolled_back()
    {
        var first = await Ingested(TestGraphs.Document(1));
        var unrelated = await Ingested(TestGraphs.Document(3, departmentName: "其他"));
        await using var harness = new StoreHarness();
        harness.Server.Answer = request => request.Kind switch
        {
            "find documents" => SourceRows(first.Source),
            "get nodes" => NodeRows(first.NodeRows.Where(row => Id(row) == "document:1/task:1"), ["document:1", "document:3"]),
            "read source graphs" => SourceRows(unrelated.Source),
            _ => null,
        };

        var error = await Assert.ThrowsAsync<InvalidDataException>(async () => await harness.Store.RemoveDocumentAsync("document:1"));

        Assert.Contains("inconsistent", error.Message, StringComparison.Ordinal);
        Assert.Equal("rollback", harness.Server.Kinds[^1]);
    }

    private static async Task<(JsonElement[] NodeRows, JsonElement[] RelationshipRows, JsonElement Source)> Ingested(DocumentGraph graph)
    {
        await using var harness = new StoreHarness();
        await harness.Store.IngestAsync(graph);
        return (
            [.. WrittenNodes(harness)],
            [.. harness.Statements.Where(request => request.Kind == "write relationships").SelectMany(request => request.Parameters.GetProperty("rows").EnumerateArray())],
            Single(harness, "create source document").GetProperty("document"));
    }

    private static IEnumerable<JsonElement> WrittenNodes(StoreHarness harness) =>
        harness.Statements.Where(request => request.Kind == "write nodes").SelectMany(request => request.Parameters.GetProperty("rows").EnumerateArray());

    private static JsonElement Single(StoreHarness harness, string kind) => harness.Statements.Single(request => request.Kind == kind).Parameters;

    private static string Id(JsonElement row) => row.GetProperty("id").GetString()!;

    private static string[] Strings(JsonElement list) => [.. list.EnumerateArray().Select(item => item.GetString()!)];

    private static object[] Row(JsonElement written, string[] statedBy)
    {
        var properties = JsonNode.Parse(written.GetProperty("properties").GetRawText())!.AsObject();
        properties["_statedBy"] = new JsonArray([.. statedBy.Select(id => JsonValue.Create(id))]);
        return [Id(written), written.GetProperty("labels"), properties];
    }

    private static HttpResponseMessage NodeRows(IEnumerable<JsonElement> written, string[] statedBy) =>
        FakeQueryApi.Rows("""["id", "labels", "properties"]""", JsonSerializer.Serialize(written.Select(row => Row(row, statedBy))));

    private static HttpResponseMessage RelationshipRows(IEnumerable<JsonElement> written) => FakeQueryApi.Rows(
        """["id", "type", "start", "end", "properties"]""",
        JsonSerializer.Serialize(written.Select(row => new object[] { Id(row), row.GetProperty("type"), row.GetProperty("start"), row.GetProperty("end"), row.GetProperty("properties") })));

    private static HttpResponseMessage SourceRows(JsonElement document) => FakeQueryApi.Rows(
        """["id", "contentHash", "textHash", "docNumber", "graph"]""",
        JsonSerializer.Serialize(new[]
        {
            new[] { document.GetProperty("id"), document.GetProperty("contentHash"), document.GetProperty("textHash"), document.GetProperty("docNumber"), document.GetProperty("graph") },
        }));
}
