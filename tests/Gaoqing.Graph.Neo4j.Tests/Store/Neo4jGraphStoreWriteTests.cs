using System.Net;
using System.Text.Json;

namespace Gaoqing.Graph.Neo4j.Tests.Store;

/// <summary>The store's writes as requests to a fake Query API: one transaction, batched UNWIND writes, rollback on failure.</summary>
public sealed class Neo4jGraphStoreWriteTests
{
    [Fact]
    public async Task A_new_document_is_written_in_one_transaction_locked_read_batched_and_committed()
    {
        await using var harness = new StoreHarness();

        var outcome = await harness.Store.IngestAsync(TestGraphs.Document(1, taskCount: 2));

        Assert.Equal(IngestStatus.Added, outcome.Status);
        Assert.Equal(
            ["begin", "lock writes", "find documents", "get nodes", "read stated relationships", "write nodes", "write relationships", "create source document", "commit"],
            harness.Server.Kinds);
        Assert.Single(harness.Server.Requests, request => request.Path.EndsWith("/tx", StringComparison.Ordinal));
        var nodes = harness.Statements.Single(request => request.Kind == "write nodes").Parameters.GetProperty("rows");
        Assert.Equal(5, nodes.GetArrayLength());
        var task = nodes.EnumerateArray().Single(row => row.GetProperty("id").GetString() == "document:1/task:1");
        Assert.Equal(["Task"], task.GetProperty("labels").EnumerateArray().Select(label => label.GetString()));
        Assert.Equal("2.0", task.GetProperty("properties").GetProperty("weight").GetRawText());
        Assert.Equal(["document:1"], task.GetProperty("properties").GetProperty("_statedBy").EnumerateArray().Select(id => id.GetString()));
        var document = harness.Statements.Single(request => request.Kind == "create source document").Parameters.GetProperty("document");
        Assert.Equal(7, document.GetProperty("sequence").GetInt64());
        Assert.Equal("高政办字〔2023〕1号", document.GetProperty("docNumber").GetString());
        Assert.Contains("任务1", document.GetProperty("normalizedText").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Writes_larger_than_a_batch_are_split_into_several_unwind_requests_of_the_same_statement()
    {
        await using var harness = new StoreHarness();

        await harness.Store.IngestAsync(TestGraphs.Document(1, taskCount: Neo4jGraphStore.BatchSize));

        var relationshipBatches = harness.Statements.Where(request => request.Kind == "write relationships").ToArray();
        Assert.Equal(3, relationshipBatches.Length);
        Assert.Equal(3 * Neo4jGraphStore.BatchSize, relationshipBatches.Sum(request => request.Parameters.GetProperty("rows").GetArrayLength()));
        Assert.Equal(2, harness.Statements.Count(request => request.Kind == "write nodes"));
    }

    [Fact]
    public async Task A_write_that_fails_half_way_is_rolled_back_and_never_committed()
    {
        await using var harness = new StoreHarness();
        harness.Server.Answer = request => request.Kind == "write relationships"
            ? FakeQueryApi.Error(HttpStatusCode.Accepted, "Neo.ClientError.Statement.TypeError", "Expected a string")
            : null;

        var error = await Assert.ThrowsAsync<Neo4jException>(async () => await harness.Store.IngestAsync(TestGraphs.Document(1)));

        Assert.Equal("Neo.ClientError.Statement.TypeError", error.Code);
        Assert.Equal("rollback", harness.Server.Kinds[^1]);
        Assert.DoesNotContain("commit", harness.Server.Kinds);
        Assert.DoesNotContain("create source document", harness.Server.Kinds);
    }

    [Fact]
    public async Task A_constraint_violation_is_reported_as_bad_data_after_rolling_back()
    {
        await using var harness = new StoreHarness();
        harness.Server.Answer = request => request.Kind == "write nodes"
            ? FakeQueryApi.Error(HttpStatusCode.Accepted, "Neo.ClientError.Schema.ConstraintValidationFailed", "Node already exists with label `Task`")
            : null;

        var error = await Assert.ThrowsAsync<InvalidDataException>(async () => await harness.Store.IngestAsync(TestGraphs.Document(1)));

        Assert.Contains("document:1 cannot be stored in Neo4j", error.Message, StringComparison.Ordinal);
        Assert.Equal("rollback", harness.Server.Kinds[^1]);
    }

    [Fact]
    public async Task The_same_document_again_is_unchanged_and_its_transaction_is_rolled_back_without_writes()
    {
        await using var harness = new StoreHarness();
        await harness.Store.IngestAsync(TestGraphs.Document(1));
        var stored = harness.Statements.Single(request => request.Kind == "create source document").Parameters.GetProperty("document");
        harness.Server.Requests.Clear();
        harness.Server.Answer = request => request.Kind == "find documents" ? StoredRow(stored) : null;

        var outcome = await harness.Store.IngestAsync(TestGraphs.Document(1));

        Assert.Equal(IngestStatus.Unchanged, outcome.Status);
        Assert.Equal(["begin", "lock writes", "find documents", "rollback"], harness.Server.Kinds);
    }

    [Fact]
    public async Task A_document_with_a_stored_docNumber_replaces_the_stored_one_in_the_same_transaction()
    {
        await using var harness = new StoreHarness();
        await harness.Store.IngestAsync(TestGraphs.Document(1));
        var stored = harness.Statements.Single(request => request.Kind == "create source document").Parameters.GetProperty("document");
        harness.Server.Requests.Clear();
        harness.Server.Answer = request => request.Kind == "find documents" ? StoredRow(stored) : null;

        var outcome = await harness.Store.IngestAsync(TestGraphs.Document(9, docNumber: "高政办字〔2023〕1号"));

        Assert.Equal(IngestStatus.Replaced, outcome.Status);
        Assert.Equal(["document:1"], outcome.ReplacedDocumentIds);
        Assert.Contains(outcome.Warnings, warning => warning.Contains("already stored (as document:1) with different text", StringComparison.Ordinal));
        var deleted = harness.Statements.Single(request => request.Kind == "delete source documents").Parameters.GetProperty("ids");
        Assert.Equal(["document:1"], deleted.EnumerateArray().Select(id => id.GetString()));
        Assert.Equal("commit", harness.Server.Kinds[^1]);
    }

    [Fact]
    public async Task Removing_an_absent_document_changes_nothing_and_says_so()
    {
        await using var harness = new StoreHarness();

        Assert.False(await harness.Store.RemoveDocumentAsync("document:404"));
        Assert.Equal(["begin", "lock writes", "find documents", "rollback"], harness.Server.Kinds);
    }

    [Theory]
    [InlineData("id")]
    [InlineData("_statedBy")]
    [InlineData("_labels")]
    public async Task A_graph_using_a_reserved_property_name_is_refused_before_any_request(string name)
    {
        await using var harness = new StoreHarness();
        var graph = TestGraphs.Document(1);
        var bad = graph with { Nodes = [.. graph.Nodes, new GraphNode("place:x", ["Place"], new Dictionary<string, object?> { [name] = "x" })] };

        var error = await Assert.ThrowsAsync<InvalidDataException>(async () => await harness.Store.IngestAsync(bad));

        Assert.Contains($"'{name}' is reserved", error.Message, StringComparison.Ordinal);
        Assert.Empty(harness.Server.Requests);
    }

    [Fact]
    public async Task A_graph_using_a_label_the_store_uses_itself_is_refused()
    {
        await using var harness = new StoreHarness();
        var graph = TestGraphs.Document(1);
        var bad = graph with { Nodes = [.. graph.Nodes, new GraphNode("place:x", ["Place", "SourceDocument"], new Dictionary<string, object?>())] };

        var error = await Assert.ThrowsAsync<InvalidDataException>(async () => await harness.Store.IngestAsync(bad));

        Assert.Contains("label SourceDocument is reserved", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Schema_creation_sends_every_schema_statement_once_outside_any_transaction()
    {
        await using var harness = new StoreHarness();

        await harness.Store.EnsureSchemaAsync();

        Assert.Equal(CypherStatements.Schema.Select(statement => statement.Text), harness.Server.Requests.Select(request => request.Statement));
        Assert.All(harness.Server.Requests, request => Assert.Equal("/db/neo4j/query/v2", request.Path));
    }

    private static HttpResponseMessage StoredRow(JsonElement document) => FakeQueryApi.Rows(
        """["id", "contentHash", "textHash", "docNumber", "graph"]""",
        JsonSerializer.Serialize(new[]
        {
            new object?[]
            {
                document.GetProperty("id").GetString(), document.GetProperty("contentHash").GetString(), document.GetProperty("textHash").GetString(),
                document.GetProperty("docNumber").GetString(), document.GetProperty("graph").GetString(),
            },
        }));
}
