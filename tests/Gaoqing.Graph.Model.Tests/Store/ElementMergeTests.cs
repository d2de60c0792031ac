using Gaoqing.Graph.Model.Store;

namespace Gaoqing.Graph.Model.Tests.Store;

/// <summary>How two documents' versions of one element combine: later values win, nulls never overwrite, lists unite.</summary>
public sealed class ElementMergeTests
{
    [Fact]
    public void Properties_LaterWinsNullKeepsAndListsUniteInFirstAppearanceOrder()
    {
        var older = Node(["Department"], new Dictionary<string, object?>
        {
            ["aliases"] = new[] { "发改局", "县发改委" },
            ["level"] = "county",
            ["name"] = "县发展改革局",
            ["onlyOlder"] = 1L,
            ["sourceDocument"] = "document:a",
            ["weight"] = null,
        });
        var newer = Node(["Department", "Unit"], new Dictionary<string, object?>
        {
            ["aliases"] = new[] { "县发改委", "发展改革局" },
            ["level"] = null,
            ["name"] = "县发展和改革局",
            ["onlyNewer"] = null,
            ["sourceDocument"] = "document:b",
            ["weight"] = 2.5,
        });

        var merged = ElementMerge.Merge(older, newer);

        Assert.Equal(["Department", "Unit"], merged.Labels);
        Assert.Equal(["aliases", "level", "name", "onlyNewer", "onlyOlder", "sourceDocument", "weight"], merged.Properties.Keys);
        Assert.Equal(["发改局", "县发改委", "发展改革局"], (IReadOnlyList<string>)merged.Properties["aliases"]!);
        Assert.Equal("county", merged.Properties["level"]);
        Assert.Equal("县发展和改革局", merged.Properties["name"]);
        Assert.Null(merged.Properties["onlyNewer"]);
        Assert.Equal(1L, merged.Properties["onlyOlder"]);
        Assert.Equal("document:b", merged.Properties["sourceDocument"]);
        Assert.Equal(2.5, merged.Properties["weight"]);
    }

    [Fact]
    public void Properties_AListMeetingAScalarTakesTheLaterValue()
    {
        var merged = ElementMerge.Merge(
            Node(["Task"], new Dictionary<string, object?> { ["tags"] = new[] { "a" }, ["title"] = "x" }),
            Node(["Task"], new Dictionary<string, object?> { ["tags"] = "b", ["title"] = new[] { "y" } }));

        Assert.Equal("b", merged.Properties["tags"]);
        Assert.Equal(["y"], (IReadOnlyList<string>)merged.Properties["title"]!);
    }

    [Fact]
    public void Relationship_WithOtherEndsIsRefused()
    {
        var older = new GraphRelationship("r", "LEADS", "a", "b", PropertyMap.Empty);

        var error = Assert.Throws<InvalidDataException>(() => ElementMerge.Merge(older, older with { End = "c" }));

        Assert.Contains("a-[LEADS]->b, now given as a-[LEADS]->c", error.Message, StringComparison.Ordinal);
    }

    private static GraphNode Node(string[] labels, Dictionary<string, object?> properties) =>
        new("department:县发展改革局", labels, PropertyValues.Normalize(properties, "node test"));
}
