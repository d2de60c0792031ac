using System.Text.Json;
using Gaoqing.Graph.Model.Building;

namespace Gaoqing.Graph.Model.Tests;

public sealed class KeyTasksGraphGoldTests
{
    [Fact]
    public void TheGraphLeadsAndSupportsOfEveryTaskAreTheGoldSets()
    {
        var path = RepositoryPaths.Gold("gaoqing-2023-key-tasks.gold.json");
        using var gold = JsonDocument.Parse(File.ReadAllText(path));
        var graph = SeedFiles.KeyTasks;
        var names = graph.Nodes.Where(n => n.Label == GraphLabels.Department).ToDictionary(n => n.Id, n => (string)n.Properties["name"]!);
        var failures = new List<string>();
        foreach (var task in gold.RootElement.GetProperty("tasks").EnumerateArray())
        {
            var number = task.GetProperty("number").GetInt32();
            var node = graph.Nodes.Single(n => n.Label == GraphLabels.Task && Equals(n.Properties["number"], (long)number));
            foreach (var (type, field) in new[] { (GraphLabels.Leads, "lead"), (GraphLabels.Supports, "support") })
            {
                var want = task.GetProperty(field).EnumerateArray().Select(e => e.GetString()!).Order(StringComparer.Ordinal);
                var got = graph.Relationships.Where(r => r.Type == type && r.End == node.Id).Select(r => names[r.Start]).Order(StringComparer.Ordinal);
                if (!want.SequenceEqual(got))
                {
                    failures.Add($"task {number} {type}: [{string.Join("、", got)}]");
                }
            }
        }

        Assert.Empty(failures);
    }
}
