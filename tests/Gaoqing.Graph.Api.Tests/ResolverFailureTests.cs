using Gaoqing.Graph.Api.Tests.Support;

namespace Gaoqing.Graph.Api.Tests;

/// <summary>A failing store: the field that failed is named, its siblings still answer, and nothing internal leaks.</summary>
public sealed class ResolverFailureTests
{
    [Fact]
    public async Task A_store_failure_names_the_field_and_hides_the_details()
    {
        await using var host = await ApiHost.StartAsync();
        host.Store.TextFailure = "disk /var/secret/graph.db is unreadable";
        var result = await host.PostAsync("""{ stats { tasks } task: node(id: "document:高政办字〔2023〕20号/task:1") { ... on Task { number evidence { text } } } }""");
        var body = result.ToJsonString();
        Assert.DoesNotContain("secret", body, StringComparison.Ordinal);
        Assert.DoesNotContain("InvalidOperationException", body, StringComparison.Ordinal);
        Assert.Equal("Internal error in Evidence.text; the server log has the details.", result["errors"]![0]!["message"]!.GetValue<string>());
        Assert.Equal(["task", "evidence", "text"], result["errors"]![0]!["path"]!.AsArray().Select(p => p!.GetValue<string>()));
        Assert.Null(result["data"]!["task"]);
        Assert.True(result["data"]!["stats"]!["tasks"]!.GetValue<int>() > 100);
    }
}
