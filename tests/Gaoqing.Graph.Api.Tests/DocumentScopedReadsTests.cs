using Gaoqing.Graph.Api.Tests.Support;
using Gaoqing.Graph.Model.Building;
using Gaoqing.Graph.Model.Store;

namespace Gaoqing.Graph.Api.Tests;

/// <summary>Fields about one document ask the store for that document's nodes only (a sourceDocument filter), never for
/// every node of the label, and answer exactly what the whole label filtered by document holds.</summary>
public sealed class DocumentScopedReadsTests(SeedGraphFixture fixture) : IClassFixture<SeedGraphFixture>
{
    private const string KeyTasks = "document:高政办字〔2023〕20号";

    [Fact]
    public async Task Task_filter_by_document_reads_only_that_documents_tasks()
    {
        fixture.Host.Store.Reset();
        var data = await fixture.Host.DataAsync(
            "query($d: ID) { tasks(first: 1000, filter: { documentId: $d }) { totalCount nodes { id } } }", new { d = KeyTasks });

        Assert.Equal([$"label(Task {Evidence.SourceDocument}={KeyTasks})"], LabelReads());
        Assert.Equal(await IdsOf("Task", KeyTasks), Ids(data["tasks"]!["nodes"]!).Order(StringComparer.Ordinal));
        Assert.Equal(70, data["tasks"]!["totalCount"]!.GetValue<int>());
    }

    [Fact]
    public async Task Document_tasks_and_measurements_read_only_that_document()
    {
        var documents = (await fixture.Host.Store.GetDocumentsAsync()).Select(document => document.Id).ToArray();
        Assert.Equal(2, documents.Length);
        foreach (var documentId in documents)
        {
            fixture.Host.Store.Reset();
            var data = await fixture.Host.DataAsync(
                "query($d: ID!) { document(id: $d) { tasks(first: 1000) { totalCount nodes { id } } measurements { id } } }", new { d = documentId });

            Assert.Equal(
                [$"label(Measurement {Evidence.SourceDocument}={documentId})", $"label(Task {Evidence.SourceDocument}={documentId})"],
                LabelReads().Order(StringComparer.Ordinal));
            var document = data["document"]!;
            Assert.Equal(await IdsOf("Task", documentId), Ids(document["tasks"]!["nodes"]!).Order(StringComparer.Ordinal));
            Assert.Equal(await IdsOf("Measurement", documentId), Ids(document["measurements"]!).Order(StringComparer.Ordinal));
        }
    }

    [Fact]
    public async Task Every_documents_tasks_are_read_in_one_batch_of_filtered_calls()
    {
        fixture.Host.Store.Reset();
        var data = await fixture.Host.DataAsync("{ documents { id tasks(first: 1000) { nodes { id } } } }");

        var documents = data["documents"]!.AsArray();
        Assert.Equal(documents.Count, LabelReads().Count(call => call.StartsWith($"label(Task {Evidence.SourceDocument}=", StringComparison.Ordinal)));
        Assert.DoesNotContain("label(Task)", LabelReads());
        foreach (var document in documents)
        {
            Assert.Equal(await IdsOf("Task", document!["id"]!.GetValue<string>()), Ids(document["tasks"]!["nodes"]!).Order(StringComparer.Ordinal));
        }
    }

    [Fact]
    public async Task A_list_of_more_documents_than_read_one_by_one_reads_the_label_once_and_answers_the_same()
    {
        await using var host = await ApiHost.StartAsync();
        for (var number = 1; number <= Schema.GraphLoad.DocumentsReadOneByOne; number++)
        {
            await host.DataAsync(
                "mutation($i: IngestDocumentInput!) { ingestDocument(input: $i) { document { id } } }",
                new { i = new { text = SampleDocuments.KeyTasks(500 + number) } },
                ApiHost.Key);
        }

        host.Store.Reset();
        var data = await host.DataAsync("{ documents { id tasks(first: 1000) { nodes { id } } } }");

        var documents = data["documents"]!.AsArray();
        Assert.Equal(Schema.GraphLoad.DocumentsReadOneByOne + 2, documents.Count);
        Assert.Equal(["label(Task)"], host.Store.Calls.Split(", ").Where(call => call.StartsWith("label(", StringComparison.Ordinal)));
        foreach (var document in documents)
        {
            Assert.Equal(await IdsOf(host.Store, "Task", document!["id"]!.GetValue<string>()), Ids(document["tasks"]!["nodes"]!).Order(StringComparer.Ordinal));
        }
    }

    private List<string> LabelReads() => [.. fixture.Host.Store.Calls.Split(", ").Where(call => call.StartsWith("label(", StringComparison.Ordinal))];

    private static IEnumerable<string> Ids(System.Text.Json.Nodes.JsonNode nodes) => nodes.AsArray().Select(node => node!["id"]!.GetValue<string>());

    private Task<List<string>> IdsOf(string label, string documentId) => IdsOf(fixture.Host.Store, label, documentId);

    /// <summary>The ids of every node of the label whose evidence names the document, read without a filter.</summary>
    private static async Task<List<string>> IdsOf(IGraphStore store, string label, string documentId)
    {
        var all = await store.GetNodesByLabelAsync(new NodeQuery(label, First: int.MaxValue));
        var ids = all.Nodes.Where(node => node.Properties.GetValueOrDefault(Evidence.SourceDocument) as string == documentId).Select(node => node.Id).ToList();
        Assert.NotEmpty(ids);
        return ids;
    }
}
