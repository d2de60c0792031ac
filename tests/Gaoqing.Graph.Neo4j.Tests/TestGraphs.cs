using Gaoqing.Graph.Model;

namespace Gaoqing.Graph.Neo4j.Tests;

/// <summary>Small document graphs: tasks led by a department that every document shares, supported by a second one.</summary>
internal static class TestGraphs
{
    public const string Development = "department:县发展改革局";
    public const string Science = "department:县科技局";

    /// <summary>A document numbered <paramref name="number"/> with <paramref name="taskCount"/> tasks.</summary>
    /// <param name="number">Gives the id document:N and the docNumber 高政办字〔2023〕N号.</param>
    /// <param name="taskCount">How many tasks.</param>
    /// <param name="variant">Appended to the text and titles: a different extraction of the same document.</param>
    /// <param name="alias">An extra alias of the leading department.</param>
    /// <param name="departmentName">The leading department's name.</param>
    /// <param name="docNumber">Overrides the docNumber.</param>
    public static DocumentGraph Document(
        int number, int taskCount = 3, string variant = "", string? alias = null, string departmentName = "县发展改革局", string? docNumber = null)
    {
        var documentId = $"document:{number}";
        var text = $"高政办字〔2023〕{number}号{variant}\n" + string.Concat(Enumerable.Range(1, taskCount).Select(task => $"{task}. 任务{task}（牵头单位：{departmentName}）\n"));
        var document = new GraphNode(documentId, ["Document"], new Dictionary<string, object?>
        {
            ["title"] = $"文件{number}{variant}",
            ["docNumber"] = docNumber ?? $"高政办字〔2023〕{number}号",
            ["year"] = 2023L,
        });
        var nodes = new List<GraphNode>
        {
            new(Development, ["Department"], new Dictionary<string, object?>
            {
                ["name"] = departmentName,
                ["aliases"] = alias is null ? new[] { "发改局" } : new[] { "发改局", alias },
                ["level"] = "county",
            }),
            new(Science, ["Department"], new Dictionary<string, object?> { ["name"] = "县科技局", ["aliases"] = Array.Empty<string>(), ["level"] = "county" }),
        };
        var relationships = new List<GraphRelationship>();
        for (var task = 1; task <= taskCount; task++)
        {
            var taskId = $"{documentId}/task:{task}";
            nodes.Add(new GraphNode(taskId, ["Task"], new Dictionary<string, object?>
            {
                ["number"] = (long)task,
                ["title"] = $"任务{task}{variant}",
                ["text"] = $"{task}. 任务{task}（牵头单位：{departmentName}）",
                ["weight"] = 2.0,
                ["sourceDocument"] = documentId,
                ["sourceStart"] = (long)task,
                ["sourceEnd"] = (long)task + 5,
            }));
            relationships.Add(new GraphRelationship($"{taskId}/leads", "LEADS", Development, taskId, new Dictionary<string, object?> { ["sourceDocument"] = documentId }));
            relationships.Add(new GraphRelationship($"{taskId}/supports", "SUPPORTS", Science, taskId, new Dictionary<string, object?>()));
            relationships.Add(new GraphRelationship($"{taskId}/part-of", "PART_OF", taskId, documentId, new Dictionary<string, object?>()));
        }

        return new DocumentGraph(document, nodes, relationships, text, text + "\r\n", []);
    }
}
