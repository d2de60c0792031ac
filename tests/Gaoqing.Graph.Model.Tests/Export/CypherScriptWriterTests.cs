using Gaoqing.Graph.Model.Export;
using Gaoqing.Graph.Model.Store;
using Gaoqing.Graph.Model.Tests.Store;

namespace Gaoqing.Graph.Model.Tests.Export;

public sealed class CypherScriptWriterTests
{
    [Fact]
    public void Script_HasAConstraintPerLabelAndOneMergePerNodeAndRelationship()
    {
        var graph = Content(SampleGraphs.Document(1, taskCount: 2));

        var lines = CypherScriptWriter.ToScript(graph).Split('\n', StringSplitOptions.RemoveEmptyEntries);

        Assert.Equal(
            ["CREATE CONSTRAINT department_id IF NOT EXISTS FOR (n:Department) REQUIRE n.id IS UNIQUE;",
             "CREATE CONSTRAINT document_id IF NOT EXISTS FOR (n:Document) REQUIRE n.id IS UNIQUE;",
             "CREATE CONSTRAINT task_id IF NOT EXISTS FOR (n:Task) REQUIRE n.id IS UNIQUE;"],
            lines.Where(line => line.StartsWith("CREATE", StringComparison.Ordinal)));
        Assert.Equal(graph.Nodes.Count, lines.Count(line => line.StartsWith("MERGE (n:", StringComparison.Ordinal)));
        Assert.Equal(graph.Relationships.Count, lines.Count(line => line.StartsWith("MATCH (a:", StringComparison.Ordinal)));
        Assert.All(lines.Skip(1), line => Assert.EndsWith(";", line));
        Assert.Contains(
            "MATCH (a:Department {id: 'department:县发展改革局'}), (b:Task {id: 'document:1/task:1'}) MERGE (a)-[r:LEADS {id: 'document:1/task:1/leads'}]->(b) SET r = {id: 'document:1/task:1/leads', sourceDocument: 'document:1'};",
            lines);
    }

    [Fact]
    public void Script_CarriesHostileIdsAndValuesIntactInsideTheirLiterals()
    {
        const string hostileId = "task:'); MATCH (n) DETACH DELETE n; //\n\\";
        const string hostileTitle = "标题\"含'引号\\与\r\n换行\u2028";
        var document = new GraphNode("document:x", ["Document"], new Dictionary<string, object?> { ["title"] = "x" });
        var task = new GraphNode(hostileId, ["Task", "Weird Label"], new Dictionary<string, object?> { ["title"] = hostileTitle, ["odd key"] = 1L });
        var graph = new GraphContent([document, task], [new GraphRelationship("r'1", "PART_OF", hostileId, "document:x", new Dictionary<string, object?>())]);

        var lines = CypherScriptWriter.ToScript(graph).Split('\n', StringSplitOptions.RemoveEmptyEntries);

        Assert.Equal(1 + 3 + 2 + 1, lines.Length);
        var merge = lines.Single(line => line.StartsWith("MERGE (n:Task", StringComparison.Ordinal));
        Assert.Equal([hostileId, hostileId, hostileTitle], CypherStringReader.ReadAll(merge));
        Assert.EndsWith(" SET n:`Weird Label`;", merge);
        Assert.Contains("`odd key`: 1", merge);
        var match = lines.Single(line => line.StartsWith("MATCH", StringComparison.Ordinal));
        Assert.Equal([hostileId, "document:x", "r'1", "r'1"], CypherStringReader.ReadAll(match));
    }

    [Fact]
    public void Script_ForARelationshipToAMissingNode_IsRefused()
    {
        var graph = new GraphContent([], [new GraphRelationship("r", "LEADS", "a", "b", new Dictionary<string, object?>())]);

        var error = Assert.Throws<InvalidDataException>(() => CypherScriptWriter.ToScript(graph));

        Assert.Contains("start node a", error.Message);
    }

    private static GraphContent Content(DocumentGraph document) =>
        GraphSnapshotFor(document).GetGraph();

    private static GraphSnapshot GraphSnapshotFor(DocumentGraph document) =>
        GraphSnapshot.Empty.Apply([], StoredDocument.FromGraph(document, 1));
}
