namespace Gaoqing.Graph.Neo4j.Tests.Store;

/// <summary>Hostile names, texts and searches reach Neo4j only as parameters: the statement texts sent never change.</summary>
public sealed class InjectionTests
{
    public static TheoryData<string> Hostile => new()
    {
        "县'发改局",
        "县\"发改局\"",
        "a\\b\\\\c\\'",
        "x}) DETACH DELETE n //",
        "x'}) MATCH (m) DETACH DELETE m RETURN 1 AS y //",
        "`GraphNode` RETURN $ids; MATCH (n) DELETE n",
        "\u0000\u2028:Label{}()[]",
    };

    [Theory]
    [MemberData(nameof(Hostile))]
    public async Task Hostile_unit_names_and_document_text_change_only_the_parameters_of_an_ingest(string hostile)
    {
        var plain = await StatementsOfIngest(TestGraphs.Document(1));
        await using var harness = new StoreHarness();
        var graph = TestGraphs.Document(1, departmentName: hostile, alias: hostile, variant: hostile);

        await harness.Store.IngestAsync(graph);

        Assert.Equal(plain, harness.Statements.Select(request => request.Statement));
        Assert.All(harness.Statements, request => Assert.Contains(request.Statement, CypherStatements.All.Select(statement => statement.Text)));
        var department = harness.Statements.Single(request => request.Kind == "write nodes").Parameters.GetProperty("rows").EnumerateArray()
            .Single(row => row.GetProperty("id").GetString() == TestGraphs.Development).GetProperty("properties");
        Assert.Equal(hostile, department.GetProperty("name").GetString());
        Assert.Contains(hostile, department.GetProperty("aliases").EnumerateArray().Select(alias => alias.GetString()));
        var document = harness.Statements.Single(request => request.Kind == "create source document").Parameters.GetProperty("document");
        Assert.Contains(hostile, document.GetProperty("normalizedText").GetString(), StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(Hostile))]
    public async Task Hostile_search_strings_labels_filters_and_ids_change_only_the_parameters_of_reads(string hostile)
    {
        await using var harness = new StoreHarness();

        await harness.Store.GetNodesByLabelAsync(new NodeQuery(hostile, Search: hostile, Where: new Dictionary<string, object?> { [hostile] = hostile }, After: hostile));
        await harness.Store.GetNodesAsync([hostile]);
        await harness.Store.GetRelationshipsAsync([hostile], RelationshipDirection.Incoming, hostile);
        await harness.Store.GetDocumentTextAsync(hostile);

        Assert.Equal(
            [CypherStatements.GetNodesByLabel.Text, CypherStatements.GetNodes.Text, CypherStatements.GetIncomingRelationships.Text, CypherStatements.GetDocumentText.Text],
            harness.Statements.Select(request => request.Statement));
        var search = harness.Statements.First().Parameters;
        Assert.Equal(hostile, search.GetProperty("search").GetString());
        Assert.Equal(hostile, search.GetProperty("label").GetString());
        Assert.Equal(hostile, search.GetProperty("where").GetProperty(hostile).GetString());
        Assert.Equal(hostile, harness.Statements.Last().Parameters.GetProperty("id").GetString());
    }

    [Fact]
    public async Task A_hostile_relationship_type_is_sent_as_a_parameter_of_the_dynamic_type()
    {
        await using var harness = new StoreHarness();
        var graph = TestGraphs.Document(1, taskCount: 1);
        var hostileType = "LEADS]->(x) DETACH DELETE x //";
        var bad = graph with { Relationships = [.. graph.Relationships, new GraphRelationship("r:x", hostileType, TestGraphs.Development, "document:1", new Dictionary<string, object?>())] };

        await harness.Store.IngestAsync(bad);

        var rows = harness.Statements.Single(request => request.Kind == "write relationships");
        Assert.Equal(CypherStatements.WriteRelationships.Text, rows.Statement);
        Assert.Contains(hostileType, rows.Parameters.GetProperty("rows").EnumerateArray().Select(row => row.GetProperty("type").GetString()));
    }

    private static async Task<List<string?>> StatementsOfIngest(DocumentGraph graph)
    {
        await using var harness = new StoreHarness();
        await harness.Store.IngestAsync(graph);
        return [.. harness.Statements.Select(request => request.Statement)];
    }

    [Fact]
    public void Every_statement_text_is_free_of_string_formatting_holes()
    {
        Assert.All(CypherStatements.All, statement =>
        {
            Assert.DoesNotContain("{0}", statement.Text, StringComparison.Ordinal);
            Assert.All(statement.Parameters, name => Assert.Contains("$" + name, statement.Text, StringComparison.Ordinal));
        });
        Assert.Equal(CypherStatements.All.Count, CypherStatements.All.Select(statement => statement.Text).Distinct().Count());
        Assert.Equal(CypherStatements.All.Count, CypherStatements.All.Select(statement => statement.Name).Distinct().Count());
    }
}
