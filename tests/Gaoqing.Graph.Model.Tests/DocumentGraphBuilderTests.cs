using Gaoqing.Graph.Model.Building;

namespace Gaoqing.Graph.Model.Tests;

public sealed class DocumentGraphBuilderTests
{
    [Fact]
    public void TheKeyTaskGraphHasTheDocumentItsSectionsAndSeventyTasks()
    {
        var graph = SeedFiles.KeyTasks;
        Assert.Equal("Document", graph.Document.Label);
        Assert.Equal("高政办字〔2023〕20号", graph.Document.Properties["docNumber"]);
        Assert.Equal("2023-07-27", graph.Document.Properties["issuedOn"]);
        Assert.Equal(2023L, graph.Document.Properties["year"]);
        Assert.Equal(12, graph.Nodes.Count(n => n.Label == GraphLabels.Section));
        Assert.Equal(70, graph.Nodes.Count(n => n.Label == GraphLabels.Task));
        var task26 = graph.Nodes.Single(n => n.Label == GraphLabels.Task && Equals(n.Properties["number"], 26L));
        Assert.Equal("积极发展可再生能源", task26.Properties["title"]);
        Assert.Equal(2023L, task26.Properties["year"]);
    }

    [Fact]
    public void TheLeadAndSupportRelationshipsOfATaskGoFromSharedDepartmentNodes()
    {
        var graph = SeedFiles.KeyTasks;
        var task4 = graph.Nodes.Single(n => n.Label == GraphLabels.Task && Equals(n.Properties["number"], 4L));
        var leads = graph.Relationships.Where(r => r.Type == GraphLabels.Leads && r.End == task4.Id).Select(r => r.Start).ToList();
        var supports = graph.Relationships.Where(r => r.Type == GraphLabels.Supports && r.End == task4.Id).Select(r => r.Start).Order().ToList();
        Assert.Equal([GraphIds.Shared("Department", "县委组织部")], leads);
        Assert.Equal(new[] { "县人力资源社会保障局", "县教育和体育局", "县科技局" }.Select(n => GraphIds.Shared("Department", n)).Order(), supports);
        var department = graph.Nodes.Single(n => n.Id == GraphIds.Shared("Department", "县发展改革局"));
        Assert.Equal("county", department.Properties["level"]);
        Assert.Contains("县发改局", (IEnumerable<string>)department.Properties["aliases"]!);
    }

    [Fact]
    public void EveryTaskIsPartOfItsSectionAndEverySectionPartOfItsDocument()
    {
        var graph = SeedFiles.KeyTasks;
        var partOf = graph.Relationships.Where(r => r.Type == GraphLabels.PartOf).ToLookup(r => r.Start, r => r.End);
        var sections = graph.Nodes.Where(n => n.Label == GraphLabels.Section).Select(n => n.Id).ToHashSet();
        Assert.All(graph.Nodes.Where(n => n.Label == GraphLabels.Task), t => Assert.Contains(Assert.Single(partOf[t.Id]), sections));
        Assert.All(sections, s => Assert.Contains(graph.Document.Id, partOf[s]));
    }

    [Fact]
    public void EveryRelationshipJoinsNodesOfTheGraphAndIdsAreUnique()
    {
        foreach (var graph in new[] { SeedFiles.KeyTasks, SeedFiles.Plan })
        {
            var ids = graph.Nodes.Select(n => n.Id).ToHashSet();
            Assert.Equal(graph.Nodes.Count, ids.Count);
            Assert.Equal(graph.Relationships.Count, graph.Relationships.Select(r => r.Id).Distinct().Count());
            Assert.All(graph.Relationships, r => Assert.True(ids.Contains(r.Start) && ids.Contains(r.End), r.Id));
        }
    }

    [Fact]
    public void TheSameTextGivesTheSameIdsAndADifferentNameTheSameDocumentIdWhenNumbered()
    {
        var text = File.ReadAllText(RepositoryPaths.KeyTasksSeed);
        var again = DocumentPipeline.Run("renamed-copy", text);
        Assert.Equal(SeedFiles.KeyTasks.Nodes.Select(n => n.Id), again.Nodes.Select(n => n.Id));
        Assert.Equal(SeedFiles.KeyTasks.Relationships.Select(r => r.Id), again.Relationships.Select(r => r.Id));
    }

    [Fact]
    public void DocumentsShareTheNodesOfTheUnitsAndPlacesTheyBothName()
    {
        var keyTaskIds = SeedFiles.KeyTasks.Nodes.Select(n => n.Id).ToHashSet();
        var shared = SeedFiles.Plan.Nodes.Where(n => keyTaskIds.Contains(n.Id)).Select(n => n.Id).ToList();
        Assert.Contains(GraphIds.Shared("Department", "经济开发区"), shared);
        Assert.Contains(GraphIds.Shared("Project", "马扎子引黄涵闸改建"), shared);
        Assert.DoesNotContain(shared, id => id.StartsWith("document:", StringComparison.Ordinal));
    }

    [Fact]
    public void MeasurementsMeasureAnIndicatorAndAreStatedByTheSmallestUnitHoldingThem()
    {
        var graph = SeedFiles.Plan;
        var measurement = graph.Nodes.Single(n => n.Label == GraphLabels.Measurement && Equals(n.Properties["value"], 14.5));
        Assert.Equal(("万头", "TARGET", 2024L), ((string?)measurement.Properties["unit"], (string?)measurement.Properties["kind"], (long?)measurement.Properties["year"]));
        var measures = graph.Relationships.Single(r => r.Type == GraphLabels.Measures && r.Start == measurement.Id);
        Assert.Equal(GraphIds.Shared("Indicator", "高青黑牛饲养量"), measures.End);
        var states = graph.Relationships.Single(r => r.Type == GraphLabels.States && r.End == measurement.Id);
        var owner = graph.Nodes.Single(n => n.Id == states.Start);
        Assert.Equal(("Task", "发展优质高效特色农业"), (owner.Label, (string?)owner.Properties["title"]));
    }

    [Fact]
    public void ATaskMentionsTheProjectsAndPlacesOfItsText()
    {
        var graph = SeedFiles.Plan;
        var task = graph.Nodes.Single(n => n.Label == GraphLabels.Task && Equals(n.Properties["title"], "开展绿色低碳转型行动"));
        var mentioned = graph.Relationships.Where(r => r.Type == GraphLabels.Mentions && r.Start == task.Id).Select(r => r.End).ToList();
        Assert.Contains(GraphIds.Shared("Project", "华电60兆瓦渔光互补"), mentioned);
    }

    [Theory]
    [InlineData(41, "田镇街道", "田镇")]
    [InlineData(21, "小清河", "小清河")]
    [InlineData(22, "小清河", "小清河")]
    public void ATaskMentionsThePlaceWrittenInsideAProjectName(long number, string place, string written)
    {
        var graph = SeedFiles.KeyTasks;
        var task = graph.Nodes.Single(n => n.Label == GraphLabels.Task && Equals(n.Properties["number"], number));
        var mentions = graph.Relationships.Single(r => r.Type == GraphLabels.Mentions && r.Start == task.Id && r.End == GraphIds.Shared("Place", place));
        Assert.Equal(written, mentions.Properties["written"]);
        var (start, end) = ((long)mentions.Properties[Evidence.SourceStart]!, (long)mentions.Properties[Evidence.SourceEnd]!);
        Assert.Equal(written, graph.NormalizedText[(int)start..(int)end]);
    }

    [Fact]
    public void EveryExtractedMeasurementHasItsOwnNodeIndicatorAndStatement()
    {
        var extracted = Gaoqing.Graph.Extraction.DocumentExtractor.Extract("plan", File.ReadAllText(RepositoryPaths.PlanSeed));
        var graph = SeedFiles.Plan;
        var count = extracted.Measurements.Count;
        Assert.Equal(count, graph.Nodes.Count(n => n.Label == GraphLabels.Measurement));
        Assert.Equal(count, graph.Relationships.Count(r => r.Type == GraphLabels.Measures));
        Assert.Equal(count, graph.Relationships.Count(r => r.Type == GraphLabels.States));
    }
}
