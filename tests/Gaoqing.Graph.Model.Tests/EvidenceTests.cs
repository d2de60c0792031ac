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

        foreach (var node in graph.Nodes.Where(n => n.Label is GraphLabels.Department or GraphLabels.Place or GraphLabels.Project))
        {
            var (start, end) = ((int)(long)node.Properties[Evidence.SourceStart]!, (int)(long)node.Properties[Evidence.SourceEnd]!);
            var written = graph.NormalizedText[start..end];
            var names = ((IEnumerable<string>)node.Properties["aliases"]!).Append((string)node.Properties["name"]!);
            if (!names.Contains(written))
            {
                failures.Add($"{node.Id}: evidence '{written}' is none of its names");
            }
        }

        foreach (var node in graph.Nodes.Where(n => n.Label == GraphLabels.Indicator))
        {
            var (start, end) = ((int)(long)node.Properties[Evidence.SourceStart]!, (int)(long)node.Properties[Evidence.SourceEnd]!);
            var evidence = graph.NormalizedText[start..end];
            var name = (string)node.Properties["name"]!;
            var names = ((IEnumerable<string>)node.Properties["aliases"]!).Append(name);
            var readInOneOrTwoPieces = names.Any(n => Enumerable.Range(1, n.Length)
                .Any(k => evidence.Contains(n[..k], StringComparison.Ordinal) && evidence.Contains(n[k..], StringComparison.Ordinal)));
            if (!readInOneOrTwoPieces)
            {
                failures.Add($"{node.Id}: '{name}' is not read from '{evidence}'");
            }
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
