using Gaoqing.Graph.Model;

namespace Gaoqing.Graph.Model.Tests.Store;

/// <summary>Small hand-built document graphs: each document has tasks led by departments shared across documents.</summary>
internal static class SampleGraphs
{
    public const string Development = "department:县发展改革局";
    public const string Science = "department:县科技局";

    /// <summary>A document numbered <paramref name="number"/> with <paramref name="taskCount"/> tasks, each led by 发改局 and supported by 科技局.</summary>
    public static DocumentGraph Document(int number, int taskCount = 3, string variant = "", string? alias = null)
    {
        var documentId = $"document:{number}";
        var text = $"高政办字〔2023〕{number}号{variant}\n" + string.Concat(Enumerable.Range(1, taskCount).Select(task => $"{task}. 任务{task}（牵头单位：县发改局）\n"));
        var document = new GraphNode(documentId, ["Document"], new Dictionary<string, object?>
        {
            ["title"] = $"文件{number}",
            ["docNumber"] = $"高政办字〔2023〕{number}号",
            ["year"] = 2023,
        });
        var nodes = new List<GraphNode>
        {
            new(Development, ["Department"], new Dictionary<string, object?>
            {
                ["name"] = "县发展改革局",
                ["aliases"] = alias is null ? new[] { "发改局" } : new[] { "发改局", alias },
                ["level"] = "county",
            }),
            new(Science, ["Department"], new Dictionary<string, object?> { ["name"] = "县科技局", ["aliases"] = Array.Empty<string>(), ["level"] = null }),
        };
        var relationships = new List<GraphRelationship>();
        for (var task = 1; task <= taskCount; task++)
        {
            var taskId = $"{documentId}/task:{task}";
            nodes.Add(new GraphNode(taskId, ["Task"], new Dictionary<string, object?>
            {
                ["number"] = task,
                ["title"] = $"任务{task}{variant}",
                ["text"] = $"{task}. 任务{task}（牵头单位：县发改局）",
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
