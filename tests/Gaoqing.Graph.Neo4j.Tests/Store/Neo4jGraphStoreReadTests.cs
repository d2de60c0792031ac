namespace Gaoqing.Graph.Neo4j.Tests.Store;

/// <summary>The store's reads: one request each, answers in the Query API's plain JSON turned into graph records.</summary>
public sealed class Neo4jGraphStoreReadTests
{
    private const string TaskMap =
        """{"id": "d/task:1", "labels": ["Task", "Priority"], "properties": {"id": "d/task:1", "_labels": ["Task", "Priority"], "_statedBy": ["d"], "number": 1, "weight": 2.0, "title": "任务", "tags": ["a", "b"], "done": false}}""";

    [Fact]
    public async Task A_page_of_nodes_is_one_request_and_reads_values_with_their_types_leaving_out_bookkeeping()
    {
        await using var harness = new StoreHarness();
        harness.Server.Answer = _ => FakeQueryApi.Rows("""["total", "hasNextPage", "page"]""", $"[[7, true, [{TaskMap}]]]");

        var page = await harness.Store.GetNodesByLabelAsync(new NodeQuery("Task", Search: "任", Where: new Dictionary<string, object?> { ["number"] = 1 }, First: 1));

        var request = Assert.Single(harness.Server.Requests);
        Assert.Equal(CypherStatements.GetNodesOfLabel["Task"].Text, request.Statement);
        Assert.Contains("MATCH (n:Task:GraphNode)", request.Statement, StringComparison.Ordinal);
        Assert.Equal(1, request.Parameters.GetProperty("where").GetProperty("number").GetInt64());
        Assert.Equal((7, true, "d/task:1"), (page.TotalCount, page.HasNextPage, page.EndCursor));
        var task = Assert.Single(page.Nodes);
        Assert.Equal(["Task", "Priority"], task.Labels);
        Assert.Equal(["done", "number", "tags", "title", "weight"], task.Properties.Keys);
        Assert.Equal(1L, task.Properties["number"]);
        Assert.Equal(2.0, task.Properties["weight"]);
        Assert.Equal(false, task.Properties["done"]);
        Assert.Equal(["a", "b"], (IEnumerable<string>)task.Properties["tags"]!);
    }

    [Fact]
    public async Task A_label_outside_the_contracts_is_read_with_the_generic_statement_taking_the_label_as_a_parameter()
    {
        await using var harness = new StoreHarness();

        var page = await harness.Store.GetNodesByLabelAsync(new NodeQuery("Regulation"));

        var request = Assert.Single(harness.Server.Requests);
        Assert.Equal(CypherStatements.GetNodesByLabel.Text, request.Statement);
        Assert.Equal("Regulation", request.Parameters.GetProperty("label").GetString());
        Assert.Equal((0, false, null), (page.TotalCount, page.HasNextPage, page.EndCursor));
    }

    [Fact]
    public async Task Relationships_of_many_nodes_are_one_request_grouped_by_node_with_an_entry_for_every_id()
    {
        await using var harness = new StoreHarness();
        harness.Server.Answer = _ => FakeQueryApi.Rows(
            """["node", "id", "type", "start", "end", "properties"]""",
            """
            [["a", "r1", "LEADS", "a", "t1", {"id": "r1", "_statedBy": ["d"], "sourceStart": 3}],
             ["b", "r2", "LEADS", "b", "t1", {"id": "r2", "_statedBy": ["d"]}],
             ["a", "r3", "LEADS", "a", "t2", {"id": "r3", "_statedBy": ["d"]}]]
            """);

        var found = await harness.Store.GetRelationshipsAsync(["a", "b", "c"], RelationshipDirection.Outgoing, "LEADS");

        Assert.Single(harness.Server.Requests);
        Assert.Equal(CypherStatements.GetOutgoingRelationships.Text, harness.Server.Requests[0].Statement);
        Assert.Equal(["r1", "r3"], found["a"].Select(relationship => relationship.Id));
        Assert.Equal(["r2"], found["b"].Select(relationship => relationship.Id));
        Assert.Empty(found["c"]);
        Assert.Equal(3L, found["a"][0].Properties["sourceStart"]);
        Assert.DoesNotContain("id", found["a"][0].Properties.Keys);
    }

    [Fact]
    public async Task Statistics_and_the_whole_graph_are_each_one_request()
    {
        await using var harness = new StoreHarness();
        harness.Server.Answer = request => request.Kind == "get statistics"
            ? FakeQueryApi.Rows("""["documents", "labels", "types"]""", """[[2, [{"label": "Task", "count": 5}, {"label": "Document", "count": 2}], [{"type": "LEADS", "count": 4}, {"type": "PART_OF", "count": 5}]]]""")
            : FakeQueryApi.Rows("""["nodes", "relationships"]""", "[[[" + TaskMap + """], [{"id": "r", "type": "PART_OF", "start": "d/task:1", "end": "d", "properties": {"id": "r", "_statedBy": ["d"]}}]]]""");

        var statistics = await harness.Store.GetStatisticsAsync();
        var graph = await harness.Store.GetGraphAsync();

        Assert.Equal(2, harness.Server.Requests.Count);
        Assert.Equal((2, 5, 2, 9), (statistics.Documents, statistics.Nodes("Task"), statistics.Nodes("Document"), statistics.Relationships));
        Assert.Equal(["d/task:1"], graph.Nodes.Select(node => node.Id));
        Assert.Equal(("PART_OF", "d/task:1", "d"), (graph.Relationships[0].Type, graph.Relationships[0].Start, graph.Relationships[0].End));
    }

    [Fact]
    public async Task An_answer_without_an_expected_field_is_a_clear_error()
    {
        await using var harness = new StoreHarness();
        harness.Server.Answer = _ => FakeQueryApi.Rows("""["other"]""", "[[1]]");

        var error = await Assert.ThrowsAsync<Neo4jException>(async () => await harness.Store.GetDocumentTextAsync("d"));

        Assert.Contains("no field 'normalizedText'", error.Message, StringComparison.Ordinal);
    }
}
