using System.Collections.Immutable;
using Gaoqing.Graph.Model.Store;

namespace Gaoqing.Graph.Model.Tests.Store;

/// <summary>The bulk <see cref="GraphSnapshot.Load"/> of a reopened store builds the very snapshot that one
/// <see cref="GraphSnapshot.Apply"/> per document builds, index by index, and later writes change both alike.</summary>
public sealed class GraphSnapshotLoadTests
{
    private static readonly StoredDocument[] Documents = Stored(
        SeedFiles.KeyTasks,
        SeedFiles.Plan,
        SampleGraphs.Document(7, taskCount: 5),
        SampleGraphs.Document(3, taskCount: 2, alias: "县发改委"),
        SampleGraphs.Document(11, taskCount: 3, variant: "（修订）", alias: "发展改革局"));

    [Fact]
    public void Load_BuildsTheSnapshotThatAddingEachDocumentBuilds()
    {
        AssertSame(OneByOne(Documents), GraphSnapshot.Load(Documents));
    }

    [Fact]
    public void Load_OfNothingIsTheEmptyGraph()
    {
        AssertSame(GraphSnapshot.Empty, GraphSnapshot.Load([]));
    }

    [Fact]
    public void LoadedSnapshot_ChangesUnderRemovalAndIngestAsTheIncrementalOneDoes()
    {
        var added = StoredDocument.FromGraph(SampleGraphs.Document(12, taskCount: 2, alias: "发改"), Documents.Length + 1);
        var loaded = GraphSnapshot.Load(Documents).Apply(["document:3", SeedFiles.Plan.Document.Id], added);
        var incremental = OneByOne(Documents).Apply(["document:3", SeedFiles.Plan.Document.Id], added);

        AssertSame(incremental, loaded);
        Assert.DoesNotContain("document:3/task:1", loaded.Nodes.Keys);
        Assert.Contains("document:12/task:2", loaded.NodesByLabel["Task"]);
    }

    [Fact]
    public void Load_RejectsARelationshipStatedWithDifferentEnds()
    {
        var first = SampleGraphs.Document(5, taskCount: 1);
        var second = SampleGraphs.Document(6, taskCount: 1);
        var clash = second with
        {
            Relationships = [.. second.Relationships, first.Relationships[0] with { Start = SampleGraphs.Science }],
            Nodes = [.. second.Nodes, first.Nodes.Single(node => node.Id == "document:5/task:1")],
        };

        var error = Assert.Throws<InvalidDataException>(() => GraphSnapshot.Load(Stored(first, clash)));
        Assert.Contains("document:5/task:1/leads", error.Message, StringComparison.Ordinal);
    }

    private static StoredDocument[] Stored(params DocumentGraph[] graphs) =>
        [.. graphs.Select((graph, index) => StoredDocument.FromGraph(graph, index + 1))];

    private static GraphSnapshot OneByOne(IEnumerable<StoredDocument> documents) =>
        documents.Aggregate(GraphSnapshot.Empty, (snapshot, document) => snapshot.Apply([], document));

    private static void AssertSame(GraphSnapshot expected, GraphSnapshot actual)
    {
        Assert.Equal(expected.Documents.Keys.Order(StringComparer.Ordinal), actual.Documents.Keys.Order(StringComparer.Ordinal));
        Assert.Equal(expected.DocumentOrder, actual.DocumentOrder);
        Assert.Equal(Sorted(expected.DocumentsByNumber), Sorted(actual.DocumentsByNumber));
        Assert.Equal(Sorted(expected.Nodes, Text), Sorted(actual.Nodes, Text));
        Assert.Equal(Sorted(expected.Relationships, Text), Sorted(actual.Relationships, Text));
        Assert.Equal(Sorted(expected.NodesByLabel, Ids), Sorted(actual.NodesByLabel, Ids));
        Assert.Equal(
            expected.NodesBySource.Select(pair => $"{pair.Key.Label}|{pair.Key.Document}={Ids(pair.Value)}").Order(StringComparer.Ordinal),
            actual.NodesBySource.Select(pair => $"{pair.Key.Label}|{pair.Key.Document}={Ids(pair.Value)}").Order(StringComparer.Ordinal));
        Assert.Equal(Sorted(expected.Outgoing, Ids), Sorted(actual.Outgoing, Ids));
        Assert.Equal(Sorted(expected.Incoming, Ids), Sorted(actual.Incoming, Ids));
        Assert.Equal(Sorted(expected.RelationshipsByType), Sorted(actual.RelationshipsByType));
        Assert.Equal(expected.GetStatistics().NodesByLabel, actual.GetStatistics().NodesByLabel);
    }

    private static List<string> Sorted<T>(ImmutableDictionary<string, T> map, Func<T, string>? text = null) =>
        [.. map.Select(pair => $"{pair.Key}={(text is null ? pair.Value?.ToString() : text(pair.Value))}").Order(StringComparer.Ordinal)];

    private static string Ids(ImmutableSortedSet<string> ids) => string.Join(",", ids);

    private static string Text(StatedElement<GraphNode> node) =>
        $"{string.Join(",", node.Value.Labels)} {PropertyValues.ToJson(node.Value.Properties)} by {string.Join(",", node.StatedBy)}";

    private static string Text(StatedElement<GraphRelationship> relationship) =>
        $"{relationship.Value.Type} {relationship.Value.Start}->{relationship.Value.End} {PropertyValues.ToJson(relationship.Value.Properties)} by {string.Join(",", relationship.StatedBy)}";
}
