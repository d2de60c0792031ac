using Gaoqing.Graph.Model.Building;
using Gaoqing.Graph.Model.Store;
using Gaoqing.Graph.Model.Tracing;

namespace Gaoqing.Graph.Model.Tests.Tracing;

/// <summary>Tracing reads graphs it did not build (another store, an older export): missing or ill-typed properties and spans
/// outside the text give no outcome, never an exception.</summary>
public sealed class MalformedGraphTests
{
    private const string Plan = "document:plan";
    private const string Report = "document:report";
    private const string ReportText = "一、2023年执行情况\n新增城镇就业1354人，马扎子引黄涵闸改建完工投用。";

    [Fact]
    public void AWellFormedPairOfDocumentsGivesItsOutcomes()
    {
        var outcomes = OutcomeTracer.Trace(Graph(), TextOf).All;
        Assert.Equal(
            ["MET 新增城镇就业1354人", "DONE 马扎子引黄涵闸改建完工投用"],
            outcomes.Select(o => $"{(o.Status == OutcomeStatus.Met ? "MET" : o.Status.ToString().ToUpperInvariant())} {o.Evidence.Text}"));
    }

    [Theory]
    [InlineData("actual value is text")]
    [InlineData("actual span beyond the text")]
    [InlineData("actual span reversed")]
    [InlineData("actual span past int")]
    [InlineData("target of a later year")]
    [InlineData("duplicate node ids")]
    [InlineData("duplicate relationship ids")]
    [InlineData("mention span negative")]
    [InlineData("task year is text")]
    [InlineData("no report text")]
    [InlineData("report year missing")]
    [InlineData("relationships to missing nodes")]
    public void AGraphWithABrokenPartTracesTheRestWithoutThrowing(string broken)
    {
        var graph = Graph(broken);
        var outcomes = OutcomeTracer.Trace(graph, id => broken == "no report text" && id == Report ? null : TextOf(id)).All;
        var expected = broken switch
        {
            "actual value is text" or "actual span beyond the text" or "actual span reversed" or "actual span past int" => 1,
            "mention span negative" => 1,
            "target of a later year" => 1, // 到2025年 in a 2023 task: the 2023 actual does not answer it
            "report year missing" => 1, // the actual still states its year; only the review of work needs the document's year
            "relationships to missing nodes" or "duplicate node ids" or "duplicate relationship ids" => 2,
            _ => 0,
        };
        Assert.Equal(expected, outcomes.Count);
    }

    [Fact]
    public void AGraphOfOneDocumentHasNoOutcomes() =>
        Assert.Empty(OutcomeTracer.Trace(new GraphContent([Node(Plan, "Document", 0, 1, ("year", 2023L))], []), TextOf).All);

    private static string? TextOf(string id) => id == Report ? ReportText : id == Plan ? "新增城镇就业1200人。推进马扎子引黄涵闸改建工程。" : null;

    private static GraphContent Graph(string broken = "")
    {
        var reportYear = broken == "report year missing" ? null : (object)2024L;
        var actualValue = broken == "actual value is text" ? "1354" : (object)1354.0;
        var (actualStart, actualEnd) = broken switch
        {
            "actual span beyond the text" => (12, 400),
            "actual span reversed" => (23, 12),
            "actual span past int" => (12, (long)int.MaxValue + 23),
            _ => (12, 23),
        };
        var mentionStart = broken == "mention span negative" ? -5 : 24;
        var nodes = new List<GraphNode>
        {
            Node(Plan, GraphLabels.Document, 0, 10, ("year", 2023L)),
            Node(Report, GraphLabels.Document, 0, 10, ("year", reportYear)),
            Node(Plan + "/task:1", GraphLabels.Task, 0, 30, ("year", broken == "task year is text" ? "2023" : 2023L),
                ("text", "新增城镇就业1200人。推进马扎子引黄涵闸改建工程。")),
            Node(Report + "/section:1", GraphLabels.Section, 0, 11, ("year", 2023L), ("level", 1L)),
            Node(Plan + "/measurement:0-10", GraphLabels.Measurement, 0, 10, ("kind", "TARGET"), ("value", 1200.0), ("unit", "人"), ("year", broken == "target of a later year" ? 2025L : 2023L)),
            Node(Report + "/measurement:12-23", GraphLabels.Measurement, actualStart, actualEnd, ("kind", "ACTUAL"), ("value", actualValue), ("unit", "人"), ("year", 2023L)),
            Node("indicator:新增城镇就业", GraphLabels.Indicator, 0, 6),
            Node("project:马扎子引黄涵闸改建", GraphLabels.Project, 13, 24, ("name", "马扎子引黄涵闸改建")),
        };
        var relationships = new List<GraphRelationship>
        {
            Relationship(GraphLabels.States, Plan + "/task:1", Plan + "/measurement:0-10", Plan, 0, 10),
            Relationship(GraphLabels.Measures, Plan + "/measurement:0-10", "indicator:新增城镇就业", Plan, 0, 10),
            Relationship(GraphLabels.Measures, Report + "/measurement:12-23", "indicator:新增城镇就业", Report, 12, 23),
            Relationship(GraphLabels.Mentions, Plan + "/task:1", "project:马扎子引黄涵闸改建", Plan, 13, 24),
            Relationship(GraphLabels.Mentions, Report + "/section:1", "project:马扎子引黄涵闸改建", Report, mentionStart, mentionStart + 9),
        };
        if (broken == "duplicate node ids")
        {
            nodes.AddRange(nodes.ToArray());
        }

        if (broken == "duplicate relationship ids")
        {
            relationships.AddRange(relationships.ToArray());
        }

        if (broken == "relationships to missing nodes")
        {
            relationships.Add(Relationship(GraphLabels.States, Plan + "/task:1", "nowhere", Plan, 0, 1));
            relationships.Add(Relationship(GraphLabels.Mentions, Plan + "/task:1", "project:gone", Plan, 0, 1));
            relationships.Add(Relationship(GraphLabels.Measures, "nothing", "indicator:新增城镇就业", Report, 0, 1));
        }

        return new GraphContent(nodes, relationships);
    }

    private static GraphNode Node(string id, string label, long start, long end, params (string Key, object? Value)[] properties)
    {
        var map = properties.ToDictionary(p => p.Key, p => p.Value);
        map[Evidence.SourceDocument] = id.StartsWith(Report, StringComparison.Ordinal) ? Report : Plan;
        map[Evidence.SourceStart] = start;
        map[Evidence.SourceEnd] = end;
        return new GraphNode(id, [label], map);
    }

    private static GraphRelationship Relationship(string type, string start, string end, string document, int from, int to) =>
        new($"{type}:{start}->{end}", type, start, end, new Dictionary<string, object?>
        {
            [Evidence.SourceDocument] = document,
            [Evidence.SourceStart] = (long)from,
            [Evidence.SourceEnd] = (long)to,
        });
}
