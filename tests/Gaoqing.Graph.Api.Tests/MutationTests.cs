using System.Text.Json.Nodes;
using Gaoqing.Graph.Api.Tests.Support;

namespace Gaoqing.Graph.Api.Tests;

/// <summary>ingestDocument and removeDocument: the API key, atomicity, and immediate visibility to queries.</summary>
public sealed class MutationTests
{
    private const string Ingest = """
        mutation($i: IngestDocumentInput!) { ingestDocument(input: $i) {
          document { id title docNumber year tasks { totalCount nodes { number leads { name } supports { name } } } }
          tasks departments measurements warnings } }
        """;

    private const string Snapshot = "{ stats { documents tasks departments measurements relationships } documents { id } }";

    [Theory]
    [InlineData(null, "needs the API key")]
    [InlineData("wrong-key", "the API key sent is wrong")]
    public async Task Without_the_right_key_mutations_fail_and_change_nothing(string? bearer, string message)
    {
        await using var host = await ApiHost.StartAsync();
        var before = (await host.DataAsync(Snapshot)).ToJsonString();
        var ingest = await host.PostAsync(Ingest, new { i = new { text = SampleDocuments.KeyTasks(901) } }, bearer);
        var remove = await host.PostAsync("mutation { removeDocument(id: \"document:高政办字〔2023〕20号\") }", bearer: bearer);
        foreach (var result in new[] { ingest, remove })
        {
            Assert.Contains(message, result["errors"]![0]!["message"]!.GetValue<string>(), StringComparison.Ordinal);
            Assert.Equal("UNAUTHENTICATED", result["errors"]![0]!["extensions"]!["code"]!.GetValue<string>());
        }

        Assert.Equal(before, (await host.DataAsync(Snapshot)).ToJsonString());
    }

    [Fact]
    public async Task A_server_without_a_key_refuses_every_mutation()
    {
        await using var host = await ApiHost.StartAsync(apiKey: null);
        var result = await host.PostAsync(Ingest, new { i = new { text = SampleDocuments.KeyTasks(902) } }, ApiHost.Key);
        Assert.Contains("the server has no Api__Key", result["errors"]![0]!["message"]!.GetValue<string>(), StringComparison.Ordinal);
        Assert.Equal(2, (await host.DataAsync(Snapshot))["stats"]!["documents"]!.GetValue<int>());
    }

    [Fact]
    public async Task An_ingested_document_is_queryable_at_once_and_removable()
    {
        await using var host = await ApiHost.StartAsync();
        var led = await LedCountAsync(host);
        var result = (await host.DataAsync(Ingest, new { i = new { text = SampleDocuments.KeyTasks(903), title = "数字乡村" } }, ApiHost.Key))["ingestDocument"]!;
        Assert.Equal(SampleDocuments.DocumentId(903), result["document"]!["id"]!.GetValue<string>());
        Assert.Equal(2, result["tasks"]!.GetValue<int>());
        Assert.Equal(2, result["document"]!["tasks"]!["totalCount"]!.GetValue<int>());
        Assert.Equal(2025, result["document"]!["year"]!.GetValue<int>());
        Assert.Equal(["县发展改革局"], result["document"]!["tasks"]!["nodes"]![1]!["leads"]!.AsArray().Select(d => d!["name"]!.GetValue<string>()));
        Assert.Equal(led + 1, await LedCountAsync(host));
        var asked = await host.DataAsync("{ ask(question: \"县发展改革局牵头哪些任务\") { tasks { id } } }");
        Assert.Equal(led + 1, asked["ask"]!["tasks"]!.AsArray().Count);

        var removed = await host.DataAsync("mutation($id: ID!) { removeDocument(id: $id) }", new { id = SampleDocuments.DocumentId(903) }, ApiHost.Key);
        Assert.True(removed["removeDocument"]!.GetValue<bool>());
        Assert.Equal(led, await LedCountAsync(host));
        var again = await host.DataAsync("mutation($id: ID!) { removeDocument(id: $id) }", new { id = SampleDocuments.DocumentId(903) }, ApiHost.Key);
        Assert.False(again["removeDocument"]!.GetValue<bool>());
    }

    [Theory]
    [InlineData("")]
    [InlineData("   \n\t ")]
    public async Task A_failed_ingest_leaves_the_graph_unchanged(string text)
    {
        await using var host = await ApiHost.StartAsync();
        var before = (await host.DataAsync(Snapshot)).ToJsonString();
        var result = await host.PostAsync(Ingest, new { i = new { text } }, ApiHost.Key);
        Assert.Contains("ingestDocument failed, nothing was stored: input.text is empty", result["errors"]![0]!["message"]!.GetValue<string>(), StringComparison.Ordinal);
        Assert.Equal(before, (await host.DataAsync(Snapshot)).ToJsonString());
    }

    [Fact]
    public async Task Ingesting_the_same_text_twice_changes_nothing_more()
    {
        await using var host = await ApiHost.StartAsync();
        await host.DataAsync(Ingest, new { i = new { text = SampleDocuments.KeyTasks(904) } }, ApiHost.Key);
        var once = (await host.DataAsync(Snapshot)).ToJsonString();
        await host.DataAsync(Ingest, new { i = new { text = SampleDocuments.KeyTasks(904) } }, ApiHost.Key);
        Assert.Equal(once, (await host.DataAsync(Snapshot)).ToJsonString());
    }

    [Fact]
    public async Task Parallel_clients_lose_no_ingest_and_see_no_torn_results()
    {
        await using var host = await ApiHost.StartAsync();
        const int writers = 12;
        const string consistent = """
            { stats { documents tasks } documents { id } tasks(first: 1000) { totalCount nodes { id } }
              department(name: "发改局") { leads(first: 1000) { totalCount nodes { id } } } }
            """;
        var baseline = await host.DataAsync(consistent);
        var baseTasks = baseline["stats"]!["tasks"]!.GetValue<int>();
        var baseLeads = baseline["department"]!["leads"]!["totalCount"]!.GetValue<int>();
        using var done = new CancellationTokenSource();
        var readers = Enumerable.Range(0, 6).Select(_ => Task.Run(async () =>
        {
            var reads = 0;
            while (!done.IsCancellationRequested || reads == 0)
            {
                var data = await host.DataAsync(consistent);
                var documents = data["stats"]!["documents"]!.GetValue<int>();
                Assert.Equal(documents, data["documents"]!.AsArray().Count);
                Assert.Equal(data["stats"]!["tasks"]!.GetValue<int>(), data["tasks"]!["totalCount"]!.GetValue<int>());
                Assert.Equal(data["tasks"]!["totalCount"]!.GetValue<int>(), data["tasks"]!["nodes"]!.AsArray().Count);
                Assert.Equal(baseTasks + (2 * (documents - 2)), data["tasks"]!["totalCount"]!.GetValue<int>());
                Assert.Equal(baseLeads + (documents - 2), data["department"]!["leads"]!["totalCount"]!.GetValue<int>());
                reads++;
            }

            return reads;
        })).ToList();
        var ingests = Enumerable.Range(0, writers).Select(i => Task.Run(() =>
            host.DataAsync(Ingest, new { i = new { text = SampleDocuments.KeyTasks(1000 + i) } }, ApiHost.Key))).ToList();
        var results = await Task.WhenAll(ingests);
        await done.CancelAsync();
        Assert.All(await Task.WhenAll(readers), reads => Assert.True(reads > 0));
        Assert.Equal(writers, results.Select(r => r["ingestDocument"]!["document"]!["id"]!.GetValue<string>()).Distinct().Count());
        var after = await host.DataAsync(consistent);
        Assert.Equal(2 + writers, after["stats"]!["documents"]!.GetValue<int>());
        Assert.Equal(baseTasks + (2 * writers), after["stats"]!["tasks"]!.GetValue<int>());
        Assert.Equal(baseLeads + writers, after["department"]!["leads"]!["totalCount"]!.GetValue<int>());
    }

    private static async Task<int> LedCountAsync(ApiHost host) =>
        (await host.DataAsync("{ department(name: \"发改局\") { leads { totalCount } } }"))["department"]!["leads"]!["totalCount"]!.GetValue<int>();
}
