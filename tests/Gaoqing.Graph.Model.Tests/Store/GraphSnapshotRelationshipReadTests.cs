using Gaoqing.Graph.Model.Store;

namespace Gaoqing.Graph.Model.Tests.Store;

/// <summary>A snapshot answers relationship reads from what it keeps, only for nodes of the graph, and a write starts afresh.</summary>
public sealed class GraphSnapshotRelationshipReadTests
{
    private static GraphSnapshot Seeds() => GraphSnapshot.Empty
        .Apply([], StoredDocument.FromGraph(SeedFiles.KeyTasks, 1))
        .Apply([], StoredDocument.FromGraph(SeedFiles.Plan, 2));

    [Fact]
    public void A_kept_answer_is_the_answer_the_indexes_give()
    {
        var snapshot = Seeds();
        var department = SeedFiles.KeyTasks.Nodes.First(node => node.Labels.Contains("Department")).Id;
        var first = snapshot.GetRelationships([department], RelationshipDirection.Outgoing, "LEADS")[department];
        var again = snapshot.GetRelationships([department], RelationshipDirection.Outgoing, "LEADS")[department];
        var expected = SeedFiles.KeyTasks.Relationships.Concat(SeedFiles.Plan.Relationships)
            .Where(relationship => relationship.Start == department && relationship.Type == "LEADS")
            .Select(relationship => relationship.Id).Distinct().Order(StringComparer.Ordinal);

        Assert.Equal(expected, first.Select(relationship => relationship.Id).Order(StringComparer.Ordinal));
        Assert.Same(first, again);
        Assert.Equal(1, snapshot.KeptRelationshipReads);
    }

    [Fact]
    public void Ids_not_in_the_graph_are_answered_empty_and_not_kept()
    {
        var snapshot = Seeds();
        var unknown = Enumerable.Range(0, 5000).Select(index => $"no-such-node:{index}").ToArray();

        var answers = snapshot.GetRelationships(unknown, RelationshipDirection.Incoming, null);

        Assert.All(unknown, id => Assert.Empty(answers[id]));
        Assert.Equal(0, snapshot.KeptRelationshipReads);
    }

    [Fact]
    public void A_new_snapshot_keeps_nothing_of_the_old_one()
    {
        var snapshot = Seeds();
        var task = SeedFiles.KeyTasks.Nodes.First(node => node.Labels.Contains("Task")).Id;
        snapshot.GetRelationships([task], RelationshipDirection.Incoming, "SUPPORTS");

        var next = snapshot.Apply([SeedFiles.Plan.Document.Id], null);

        Assert.Equal(1, snapshot.KeptRelationshipReads);
        Assert.Equal(0, next.KeptRelationshipReads);
        Assert.NotEmpty(next.GetRelationships([task], RelationshipDirection.Incoming, "SUPPORTS")[task]);
    }
}
