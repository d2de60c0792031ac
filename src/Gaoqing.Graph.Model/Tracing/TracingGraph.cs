using Gaoqing.Graph.Model.Building;
using Gaoqing.Graph.Model.Store;

namespace Gaoqing.Graph.Model.Tracing;

/// <summary>The indexes over a whole graph that tracing reads: nodes by id, relationships by start, actuals by indicator and year, review clauses and mentions by year.</summary>
internal sealed class TracingGraph
{
    private readonly Dictionary<string, GraphNode> _nodes;
    private readonly ILookup<(string Start, string Type), GraphRelationship> _outgoing;
    private readonly ILookup<(string Indicator, long Year), GraphNode> _actuals;
    private readonly ILookup<string, string> _projectsByKey;
    private readonly Dictionary<string, DocumentYears> _years = new(StringComparer.Ordinal);
    private readonly Dictionary<string, string?> _texts = new(StringComparer.Ordinal);
    private readonly Func<string, string?> _normalizedTextOf;
    private readonly ILookup<string, GraphNode> _partsByDocument;
    private readonly IReadOnlyList<GraphRelationship> _mentions;
    private ILookup<long, OutcomeEvidence>? _reviewClauses;
    private ILookup<(string Project, long Year), GraphRelationship>? _reviewMentions;

    public TracingGraph(GraphContent graph, Func<string, string?> normalizedTextOf)
    {
        _normalizedTextOf = normalizedTextOf;
        _nodes = new Dictionary<string, GraphNode>(StringComparer.Ordinal);
        foreach (var node in graph.Nodes)
        {
            _nodes.TryAdd(node.Id, node);
        }

        var relationships = graph.Relationships.DistinctBy(r => r.Id, StringComparer.Ordinal).ToArray();
        _outgoing = relationships.ToLookup(r => (r.Start, r.Type));
        var nodes = _nodes.Values;
        Documents = nodes.Where(n => n.Label == GraphLabels.Document).ToArray();
        Tasks = nodes.Where(n => n.Label == GraphLabels.Task).ToArray();
        Sections = nodes.Where(n => n.Label == GraphLabels.Section).ToArray();
        _mentions = relationships.Where(r => r.Type == GraphLabels.Mentions).ToArray();
        _partsByDocument = nodes.Where(n => n.Label is GraphLabels.Task or GraphLabels.Section)
            .ToLookup(n => DocumentOf(n) ?? string.Empty, StringComparer.Ordinal);
        _actuals = nodes
            .Where(n => n.Label == GraphLabels.Measurement && Equals(n.Properties.GetValueOrDefault("kind"), "ACTUAL") && n.Properties.GetValueOrDefault("year") is long)
            .SelectMany(n => Outgoing(n.Id, GraphLabels.Measures).Select(m => (Indicator: m.End, Node: n)))
            .ToLookup(a => (a.Indicator, (long)a.Node.Properties["year"]!), a => a.Node);
        _projectsByKey = nodes.Where(n => n.Label == GraphLabels.Project && n.Properties.GetValueOrDefault("name") is string)
            .ToLookup(n => ProjectIdentity.Key((string)n.Properties["name"]!), n => n.Id, StringComparer.Ordinal);
    }

    public IReadOnlyList<GraphNode> Documents { get; }

    public IReadOnlyList<GraphNode> Tasks { get; }

    public IReadOnlyList<GraphNode> Sections { get; }

    public static string? DocumentOf(GraphNode node) => node.Properties.GetValueOrDefault(Evidence.SourceDocument) as string;

    public static string? DocumentOf(GraphRelationship relationship) => relationship.Properties.GetValueOrDefault(Evidence.SourceDocument) as string;

    /// <summary>The evidence span of an element; an offset that is missing or no int reads as -1, which lies in no text.</summary>
    public static (int Start, int End) SpanOf(IReadOnlyDictionary<string, object?> properties) =>
        (OffsetOf(properties, Evidence.SourceStart), OffsetOf(properties, Evidence.SourceEnd));

    /// <summary>The text of <paramref name="documentId"/> from <paramref name="start"/> to <paramref name="end"/>, or null when the span does not lie in it.</summary>
    public string? TextAt(string documentId, int start, int end) =>
        TextOf(documentId) is { } text && 0 <= start && start <= end && end <= text.Length ? text[start..end] : null;

    public GraphNode? Node(string id) => _nodes.GetValueOrDefault(id);

    public IEnumerable<GraphRelationship> Outgoing(string id, string type) => _outgoing[(id, type)];

    /// <summary>The ACTUAL measurements of the indicator <paramref name="indicatorId"/> for <paramref name="year"/>.</summary>
    public IEnumerable<GraphNode> ActualsOf(string indicatorId, long year) => _actuals[(indicatorId, year)];

    /// <summary>The ids of every Project node that names the same project as <paramref name="projectId"/>.</summary>
    public IEnumerable<string> SameProject(string projectId) =>
        Node(projectId)?.Properties.GetValueOrDefault("name") is string name ? _projectsByKey[ProjectIdentity.Key(name)] : [projectId];

    /// <summary>The normalized text of a document, or null when the store has none.</summary>
    public string? TextOf(string documentId)
    {
        if (!_texts.TryGetValue(documentId, out var text))
        {
            text = _normalizedTextOf(documentId);
            _texts[documentId] = text;
        }

        return text;
    }

    /// <summary>Every clause of another year's review that reads <paramref name="year"/>, indexed for all years in one pass.</summary>
    public IEnumerable<OutcomeEvidence> ReviewClauses(long year)
    {
        _reviewClauses ??= Documents.SelectMany(ReviewClausesOf).ToLookup(c => c.Year, c => c.Clause);
        return _reviewClauses[year];
    }

    /// <summary>The MENTIONS of <paramref name="projectId"/> made where a document reviews <paramref name="year"/>, indexed in one pass.</summary>
    public IEnumerable<GraphRelationship> ReviewMentions(string projectId, long year)
    {
        _reviewMentions ??= _mentions
            .Select(m => (Mention: m, Year: DocumentOf(m) is { } document && YearsOf(document) is { } years ? years.ReviewedAt(SpanOf(m.Properties).Start) : null))
            .Where(m => m.Year is not null)
            .ToLookup(m => (m.Mention.End, m.Year!.Value), m => m.Mention);
        return _reviewMentions[(projectId, year)];
    }

    private static int OffsetOf(IReadOnlyDictionary<string, object?> properties, string key) =>
        properties.GetValueOrDefault(key) is long offset && offset is >= 0 and <= int.MaxValue ? (int)offset : -1;

    private IEnumerable<(long Year, OutcomeEvidence Clause)> ReviewClausesOf(GraphNode document)
    {
        if (YearsOf(document.Id) is not { } years || TextOf(document.Id) is not { } text)
        {
            yield break;
        }

        foreach (var (start, end) in Clauses.All(text))
        {
            if (years.ReviewedAt(start) is { } year)
            {
                yield return (year, new OutcomeEvidence(document.Id, start, end, text[start..end]));
            }
        }
    }

    /// <summary>The years the parts of a document speak about, or null for an unknown document or one without text.</summary>
    public DocumentYears? YearsOf(string documentId)
    {
        if (_years.TryGetValue(documentId, out var years))
        {
            return years;
        }

        if (Node(documentId) is not { } document || TextOf(documentId) is not { } text)
        {
            return null;
        }

        years = new DocumentYears(document, _partsByDocument[documentId], text.Length);
        _years[documentId] = years;
        return years;
    }
}
