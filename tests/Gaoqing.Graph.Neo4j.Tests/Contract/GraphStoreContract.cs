namespace Gaoqing.Graph.Neo4j.Tests.Contract;

/// <summary>The behaviour every <see cref="IGraphStore"/> shares; a subclass supplies an empty store of its kind.</summary>
public abstract class GraphStoreContract : IAsyncLifetime
{
    private IGraphStore? store;

    /// <summary>The store under test, empty at the start of each test.</summary>
    protected IGraphStore Store => store ?? throw new InvalidOperationException("the store is not open");

    /// <inheritdoc />
    public async Task InitializeAsync() => store = await OpenEmptyStoreAsync();

    /// <inheritdoc />
    public async Task DisposeAsync()
    {
        if (store is not null)
        {
            await store.DisposeAsync();
        }

        await CleanUpAsync();
    }

    /// <summary>Opens a store that holds no documents.</summary>
    protected abstract Task<IGraphStore> OpenEmptyStoreAsync();

    /// <summary>Removes what the test left behind, after the store is closed.</summary>
    protected virtual Task CleanUpAsync() => Task.CompletedTask;

    [StoreFact]
    public async Task An_ingested_document_reads_back_node_for_node_and_relationship_for_relationship()
    {
        var graph = TestGraphs.Document(1);

        var outcome = await Store.IngestAsync(graph);

        Assert.Equal(new IngestOutcome("document:1", IngestStatus.Added, [], []), outcome with { ReplacedDocumentIds = [], Warnings = [] });
        Assert.Empty(outcome.ReplacedDocumentIds);
        var content = await Store.GetGraphAsync();
        Assert.Equal(GraphDescription.Of([graph.Document, .. graph.Nodes]), GraphDescription.Of(content.Nodes));
        Assert.Equal(GraphDescription.Of(graph.Relationships), GraphDescription.Of(content.Relationships));
        Assert.Equal(content.Nodes.Select(node => node.Id).Order(StringComparer.Ordinal), content.Nodes.Select(node => node.Id));
    }

    [StoreFact]
    public async Task The_same_document_again_is_unchanged_and_adds_nothing()
    {
        await Store.IngestAsync(TestGraphs.Document(1));
        var before = await Store.GetGraphAsync();

        var outcome = await Store.IngestAsync(TestGraphs.Document(1));

        Assert.Equal(IngestStatus.Unchanged, outcome.Status);
        var after = await Store.GetGraphAsync();
        Assert.Equal(GraphDescription.Of(before.Nodes), GraphDescription.Of(after.Nodes));
        Assert.Equal(GraphDescription.Of(before.Relationships), GraphDescription.Of(after.Relationships));
        Assert.Equal(1, (await Store.GetStatisticsAsync()).Documents);
    }

    [StoreFact]
    public async Task A_new_extraction_of_a_stored_document_replaces_it_and_says_so()
    {
        await Store.IngestAsync(TestGraphs.Document(1, taskCount: 3));

        var outcome = await Store.IngestAsync(TestGraphs.Document(1, taskCount: 2, variant: "（修订）"));

        Assert.Equal(IngestStatus.Replaced, outcome.Status);
        Assert.Equal(["document:1"], outcome.ReplacedDocumentIds);
        Assert.Contains(outcome.Warnings, warning => warning.Contains("replaced", StringComparison.Ordinal));
        var tasks = await Store.GetNodesByLabelAsync(new NodeQuery("Task"));
        Assert.Equal(["任务1（修订）", "任务2（修订）"], tasks.Nodes.Select(node => node.Properties["title"]));
    }

    [StoreFact]
    public async Task A_document_with_a_stored_docNumber_under_another_id_replaces_the_stored_one()
    {
        await Store.IngestAsync(TestGraphs.Document(1));

        var outcome = await Store.IngestAsync(TestGraphs.Document(5, docNumber: "高政办字〔2023〕1号"));

        Assert.Equal(IngestStatus.Replaced, outcome.Status);
        Assert.Equal(["document:1"], outcome.ReplacedDocumentIds);
        Assert.Equal(["document:5"], (await Store.GetDocumentsAsync()).Select(document => document.Id));
        Assert.Null(await Store.GetDocumentTextAsync("document:1"));
        Assert.Empty(await Store.GetNodesAsync(["document:1/task:1"]));
    }

    [StoreFact]
    public async Task A_node_stated_by_two_documents_merges_them_and_survives_the_removal_of_one()
    {
        await Store.IngestAsync(TestGraphs.Document(1, alias: "发展改革局"));
        await Store.IngestAsync(TestGraphs.Document(2, alias: "县发改局"));
        var merged = (await Store.GetNodesAsync([TestGraphs.Development]))[TestGraphs.Development];
        Assert.Equal(["发改局", "发展改革局", "县发改局"], (IEnumerable<string>)merged.Properties["aliases"]!);

        Assert.True(await Store.RemoveDocumentAsync("document:1"));

        var remaining = (await Store.GetNodesAsync([TestGraphs.Development]))[TestGraphs.Development];
        Assert.Equal(["发改局", "县发改局"], (IEnumerable<string>)remaining.Properties["aliases"]!);
        Assert.Empty(await Store.GetNodesAsync(["document:1", "document:1/task:1"]));
        var leads = await Store.GetRelationshipsAsync([TestGraphs.Development], RelationshipDirection.Outgoing, "LEADS");
        Assert.Equal(["document:2/task:1/leads", "document:2/task:2/leads", "document:2/task:3/leads"], leads[TestGraphs.Development].Select(relationship => relationship.Id));
        Assert.False(await Store.RemoveDocumentAsync("document:1"));
    }

    [StoreFact]
    public async Task Removing_the_only_document_leaves_an_empty_graph()
    {
        await Store.IngestAsync(TestGraphs.Document(1));

        Assert.True(await Store.RemoveDocumentAsync("document:1"));

        var content = await Store.GetGraphAsync();
        Assert.Empty(content.Nodes);
        Assert.Empty(content.Relationships);
        var statistics = await Store.GetStatisticsAsync();
        Assert.Equal(0, statistics.Documents);
        Assert.Equal(0, statistics.Relationships);
    }

    [StoreFact]
    public async Task A_graph_that_cannot_be_stored_is_refused_and_the_store_is_unchanged()
    {
        await Store.IngestAsync(TestGraphs.Document(1));
        var graph = TestGraphs.Document(2);
        var dangling = graph with { Relationships = [.. graph.Relationships, new GraphRelationship("r:dangling", "LEADS", TestGraphs.Development, "task:nowhere", new Dictionary<string, object?>())] };

        await Assert.ThrowsAsync<InvalidDataException>(async () => await Store.IngestAsync(dangling));

        Assert.Equal(["document:1"], (await Store.GetDocumentsAsync()).Select(document => document.Id));
        Assert.Empty(await Store.GetNodesAsync(["document:2/task:1"]));
    }

    [StoreFact]
    public async Task Nodes_are_read_by_id_in_one_call_and_unknown_ids_are_absent()
    {
        await Store.IngestAsync(TestGraphs.Document(1));

        var nodes = await Store.GetNodesAsync(["document:1/task:2", TestGraphs.Science, "task:unknown", "document:1/task:2"]);

        Assert.Equal(["document:1/task:2", TestGraphs.Science], nodes.Keys.Order(StringComparer.Ordinal).Reverse());
        Assert.Equal(2L, nodes["document:1/task:2"].Properties["number"]);
        Assert.Equal(2.0, nodes["document:1/task:2"].Properties["weight"]);
        Assert.Equal("Department", nodes[TestGraphs.Science].Label);
        Assert.Empty(await Store.GetNodesAsync([]));
    }

    [StoreFact]
    public async Task Nodes_of_a_label_page_in_id_order_with_a_total_and_a_cursor()
    {
        await Store.IngestAsync(TestGraphs.Document(1, taskCount: 3));
        await Store.IngestAsync(TestGraphs.Document(2, taskCount: 2));

        var seen = new List<string>();
        string? after = null;
        NodePage page;
        do
        {
            page = await Store.GetNodesByLabelAsync(new NodeQuery("Task", First: 2, After: after));
            Assert.Equal(5, page.TotalCount);
            seen.AddRange(page.Nodes.Select(node => node.Id));
            after = page.EndCursor;
        }
        while (page.HasNextPage);

        Assert.Equal(["document:1/task:1", "document:1/task:2", "document:1/task:3", "document:2/task:1", "document:2/task:2"], seen);
        var empty = await Store.GetNodesByLabelAsync(new NodeQuery("Task", First: 0));
        Assert.Equal((0, 5, true), (empty.Nodes.Count, empty.TotalCount, empty.HasNextPage));
        Assert.Equal(0, (await Store.GetNodesByLabelAsync(new NodeQuery("Nothing"))).TotalCount);
    }

    [StoreFact]
    public async Task Nodes_of_a_label_filter_by_equal_properties_and_search_strings_and_lists_but_not_evidence()
    {
        await Store.IngestAsync(TestGraphs.Document(1, alias: "ＤＲＣ"));
        await Store.IngestAsync(TestGraphs.Document(2));

        var numberTwo = await Store.GetNodesByLabelAsync(new NodeQuery("Task", Where: new Dictionary<string, object?> { ["number"] = 2 }));
        var searched = await Store.GetNodesByLabelAsync(new NodeQuery("Department", Search: "ｄｒｃ"));
        var byTitle = await Store.GetNodesByLabelAsync(new NodeQuery("Task", Search: "务3"));
        var evidence = await Store.GetNodesByLabelAsync(new NodeQuery("Task", Search: "document:"));

        Assert.Equal(["document:1/task:2", "document:2/task:2"], numberTwo.Nodes.Select(node => node.Id));
        Assert.Equal([TestGraphs.Development], searched.Nodes.Select(node => node.Id));
        Assert.Equal(["document:1/task:3", "document:2/task:3"], byTitle.Nodes.Select(node => node.Id));
        Assert.Equal(0, evidence.TotalCount);
    }

    [StoreFact]
    public async Task Relationships_are_read_for_many_nodes_in_one_call_by_direction_and_type()
    {
        await Store.IngestAsync(TestGraphs.Document(1, taskCount: 2));

        var outgoing = await Store.GetRelationshipsAsync([TestGraphs.Development, TestGraphs.Science, "task:unknown"], RelationshipDirection.Outgoing, "LEADS");
        var incoming = await Store.GetRelationshipsAsync(["document:1/task:1", "document:1"], RelationshipDirection.Incoming);

        Assert.Equal(["document:1/task:1/leads", "document:1/task:2/leads"], outgoing[TestGraphs.Development].Select(relationship => relationship.Id));
        Assert.Empty(outgoing[TestGraphs.Science]);
        Assert.Empty(outgoing["task:unknown"]);
        Assert.Equal(["document:1/task:1/leads", "document:1/task:1/supports"], incoming["document:1/task:1"].Select(relationship => relationship.Id));
        Assert.Equal(["document:1/task:1/part-of", "document:1/task:2/part-of"], incoming["document:1"].Select(relationship => relationship.Id));
        var leads = outgoing[TestGraphs.Development][0];
        Assert.Equal(("LEADS", TestGraphs.Development, "document:1/task:1", "document:1"), (leads.Type, leads.Start, leads.End, leads.Properties["sourceDocument"]));
    }

    [StoreFact]
    public async Task Documents_come_in_ingest_order_with_counts_and_texts()
    {
        var second = TestGraphs.Document(2, taskCount: 1);
        await Store.IngestAsync(second);
        await Store.IngestAsync(TestGraphs.Document(1, taskCount: 2));

        var documents = await Store.GetDocumentsAsync();
        var statistics = await Store.GetStatisticsAsync();
        var text = await Store.GetDocumentTextAsync("document:2");

        Assert.Equal(["document:2", "document:1"], documents.Select(document => document.Id));
        Assert.Equal("高政办字〔2023〕2号", documents[0].Properties["docNumber"]);
        Assert.Equal(2, statistics.Documents);
        Assert.Equal((2, 2, 3), (statistics.Nodes("Document"), statistics.Nodes("Department"), statistics.Nodes("Task")));
        Assert.Equal(9, statistics.Relationships);
        Assert.Equal(3, statistics.RelationshipsByType["LEADS"]);
        Assert.Equal(new DocumentText("document:2", second.NormalizedText, second.OriginalText), text);
        Assert.Null(await Store.GetDocumentTextAsync("document:404"));
    }

    [StoreFact]
    public async Task The_seed_documents_are_stored_whole_when_the_store_starts_empty()
    {
        var outcomes = await GraphStoreSeeder.SeedIfEmptyAsync(Store, RepositoryPaths.SeedDocuments);

        Assert.Equal(2, outcomes.Count);
        Assert.All(outcomes, outcome => Assert.Equal(IngestStatus.Added, outcome.Status));
        var graphs = Directory.EnumerateFiles(RepositoryPaths.SeedDocuments, "*.txt").Select(DocumentPipeline.RunFile).ToArray();
        var content = await Store.GetGraphAsync();
        Assert.Equal(graphs.SelectMany(graph => graph.Nodes.Prepend(graph.Document)).Select(node => node.Id).Distinct().Order(StringComparer.Ordinal), content.Nodes.Select(node => node.Id));
        Assert.Equal(graphs.SelectMany(graph => graph.Relationships).Select(relationship => relationship.Id).Distinct().Count(), content.Relationships.Count);
        Assert.Empty(await GraphStoreSeeder.SeedIfEmptyAsync(Store, RepositoryPaths.SeedDocuments));
    }
}
