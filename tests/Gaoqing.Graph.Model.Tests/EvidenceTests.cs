using Gaoqing.Graph.Model.Building;

namespace Gaoqing.Graph.Model.Tests;

public sealed partial class EvidenceTests
{
    public static TheoryData<string> Seeds => new() { "key-tasks", "plan" };

    [Theory]
    [MemberData(nameof(Seeds))]
    public void EveryNodeAndRelationshipHasASpanOfItsOwnDocument(string seed)
    {
        var graph = seed == "plan" ? SeedFiles.Plan : SeedFiles.KeyTasks;
        var items = graph.Nodes.Select(n => (n.Id, n.Properties)).Concat(graph.Relationships.Select(r => (r.Id, r.Properties)));
        Assert.All(items, item =>
        {
            Assert.Equal(graph.Document.Id, item.Properties[Evidence.SourceDocument]);
            var (start, end) = ((long)item.Properties[Evidence.SourceStart]!, (long)item.Properties[Evidence.SourceEnd]!);
            Assert.True(start >= 0 && start < end && end <= graph.NormalizedText.Length, item.Id);
        });
    }

    [Theory]
    [MemberData(nameof(Seeds))]
    public void TheOriginalTextBehindEachSpanContainsWhatWasRead(string seed)
    {
        var graph = seed == "plan" ? SeedFiles.Plan : SeedFiles.KeyTasks;
        var normalized = Gaoqing.Graph.Text.Normalization.TextNormalizer.Normalize(graph.OriginalText);
        var failures = new List<string>();
        foreach (var node in graph.Nodes)
        {
            var read = node.Label switch
            {
                GraphLabels.Task or GraphLabels.Section => (string?)node.Properties["title"],
                GraphLabels.Document => (string?)node.Properties["title"],
                GraphLabels.Measurement => (string?)node.Properties["text"],
                _ => null,
            };
            CheckSpan(graph, normalized, node.Id, node.Properties, read, failures);
        }

        foreach (var relationship in graph.Relationships.Where(r => r.Properties.ContainsKey("written")))
        {
            CheckSpan(graph, normalized, relationship.Id, relationship.Properties, (string?)relationship.Properties["written"], failures);
        }

        Assert.Empty(failures);
    }

    private static void CheckSpan(
        DocumentGraph graph,
        Gaoqing.Graph.Text.Normalization.NormalizedText normalized,
        string id,
        IReadOnlyDictionary<string, object?> properties,
        string? read,
        List<string> failures)
    {
        if (read is null)
        {
            return;
        }

        var (start, end) = ((int)(long)properties[Evidence.SourceStart]!, (int)(long)properties[Evidence.SourceEnd]!);
        var inNormalized = graph.NormalizedText[start..end].Replace("\n", "");
        var inOriginal = Squeeze(normalized.OriginalSlice(start, end));
        if (!inNormalized.Contains(read, StringComparison.Ordinal) || !inOriginal.Contains(Squeeze(read), StringComparison.Ordinal))
        {
            failures.Add($"{id}: '{read}' not in '{inNormalized}'");
        }
    }

    private static string Squeeze(string text) => PageMarkOrSpace().Replace(text, "");

    [System.Text.RegularExpressions.GeneratedRegex(@"\s+|—\s*\d+\s*—")]
    private static partial System.Text.RegularExpressions.Regex PageMarkOrSpace();
}
