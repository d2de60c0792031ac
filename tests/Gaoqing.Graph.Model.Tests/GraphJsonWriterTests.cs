using System.Text.Json;
using Gaoqing.Graph.Model.Export;

namespace Gaoqing.Graph.Model.Tests;

public sealed class GraphJsonWriterTests
{
    private static string SeedJson() => GraphJsonWriter.ToJson(GraphExport.Merge([SeedFiles.KeyTasks, SeedFiles.Plan]));

    [Fact]
    public void TheJsonHasNodesAndRelationshipsInTheShapeOfTheContract()
    {
        using var json = JsonDocument.Parse(SeedJson());
        var root = json.RootElement;
        Assert.Equal(["nodes", "relationships"], root.EnumerateObject().Select(p => p.Name));
        var node = root.GetProperty("nodes")[0];
        Assert.Equal(["id", "labels", "properties"], node.EnumerateObject().Select(p => p.Name));
        var relationship = root.GetProperty("relationships")[0];
        Assert.Equal(["id", "type", "start", "end", "properties"], relationship.EnumerateObject().Select(p => p.Name));
        var task = root.GetProperty("nodes").EnumerateArray().First(n => n.GetProperty("labels")[0].GetString() == "Task");
        Assert.Equal(JsonValueKind.Number, task.GetProperty("properties").GetProperty("number").ValueKind);
        var department = root.GetProperty("nodes").EnumerateArray().First(n => n.GetProperty("labels")[0].GetString() == "Department");
        Assert.Equal(JsonValueKind.Array, department.GetProperty("properties").GetProperty("aliases").ValueKind);
    }

    [Fact]
    public void ChineseIsWrittenAsItIsNotEscaped()
    {
        var json = SeedJson();
        Assert.Contains("\"title\": \"加强创新平台建设\"", json);
        Assert.Contains("高政办字〔2023〕20号", json);
        Assert.DoesNotContain("\\u", json);
    }

    [Fact]
    public void ExtractingTwiceGivesByteForByteTheSameJson()
    {
        var again = GraphJsonWriter.ToJson(GraphExport.Merge([
            DocumentPipeline.RunFile(RepositoryPaths.KeyTasksSeed),
            DocumentPipeline.RunFile(RepositoryPaths.PlanSeed),
        ]));
        Assert.Equal(SeedJson(), again);
    }

    [Fact]
    public void MergingKeepsOneCopyOfEachSharedNode()
    {
        var merged = GraphExport.Merge([SeedFiles.KeyTasks, SeedFiles.Plan, SeedFiles.KeyTasks]);
        Assert.Equal(merged.Nodes.Count, merged.Nodes.Select(n => n.Id).Distinct().Count());
        Assert.Single(merged.Nodes, n => n.Id == "department:县发展改革局");
    }

    [Fact]
    public void TheCompactFormHoldsTheSameJsonOnOneLine()
    {
        var graph = GraphExport.Merge([SeedFiles.KeyTasks, SeedFiles.Plan]);

        var compact = GraphJsonWriter.ToJson(graph, indented: false);

        Assert.DoesNotContain('\n', compact);
        using var indentedDocument = JsonDocument.Parse(SeedJson());
        using var compactDocument = JsonDocument.Parse(compact);
        Assert.True(JsonElement.DeepEquals(indentedDocument.RootElement, compactDocument.RootElement));
        Assert.Contains("\"value\":5.0", compact);
    }

    [Fact]
    public void AValueWithoutAJsonFormIsRefusedWithItsType()
    {
        var node = new GraphNode("n", ["Task"], new Dictionary<string, object?> { ["when"] = DateTime.UnixEpoch });
        var error = Assert.Throws<ArgumentException>(() => GraphJsonWriter.ToJson(new GraphExport([node], [])));
        Assert.Contains("DateTime", error.Message);
    }
}
