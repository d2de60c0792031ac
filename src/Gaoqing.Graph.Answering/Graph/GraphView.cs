using Gaoqing.Graph.Model;
using Gaoqing.Graph.Model.Building;
using Gaoqing.Graph.Model.Store;

namespace Gaoqing.Graph.Answering.Graph;

/// <summary>An immutable in-memory read model of one state of the store, indexed for answering questions.</summary>
public sealed class GraphView
{
    private static readonly IReadOnlyList<GraphLink> None = [];
    private readonly Dictionary<string, List<GraphLink>> _links = new(StringComparer.Ordinal);
    private readonly Dictionary<string, string> _texts;

    private GraphView(GraphContent content, Dictionary<string, string> texts)
    {
        _texts = texts;
        Nodes = content.Nodes.ToDictionary(n => n.Id, StringComparer.Ordinal);
        Documents = Labelled(content, GraphLabels.Document);
        Tasks = Labelled(content, GraphLabels.Task);
        Departments = Labelled(content, GraphLabels.Department);
        Projects = Labelled(content, GraphLabels.Project);
        Places = Labelled(content, GraphLabels.Place);
        Indicators = Labelled(content, GraphLabels.Indicator);
        Measurements = Labelled(content, GraphLabels.Measurement);
        foreach (var relationship in content.Relationships)
        {
            if (Nodes.TryGetValue(relationship.Start, out var start) && Nodes.TryGetValue(relationship.End, out var end))
            {
                Add(Key(relationship.Start, relationship.Type, true), new GraphLink(relationship, end));
                Add(Key(relationship.End, relationship.Type, false), new GraphLink(relationship, start));
            }
        }
    }

    /// <summary>Every node by id.</summary>
    public IReadOnlyDictionary<string, GraphNode> Nodes { get; }

    /// <summary>The Document nodes.</summary>
    public IReadOnlyList<GraphNode> Documents { get; }

    /// <summary>The Task nodes, in id order.</summary>
    public IReadOnlyList<GraphNode> Tasks { get; }

    /// <summary>The Department nodes.</summary>
    public IReadOnlyList<GraphNode> Departments { get; }

    /// <summary>The Project nodes.</summary>
    public IReadOnlyList<GraphNode> Projects { get; }

    /// <summary>The Place nodes.</summary>
    public IReadOnlyList<GraphNode> Places { get; }

    /// <summary>The Indicator nodes.</summary>
    public IReadOnlyList<GraphNode> Indicators { get; }

    /// <summary>The Measurement nodes.</summary>
    public IReadOnlyList<GraphNode> Measurements { get; }

    /// <summary>Reads the whole graph and the documents' normalized texts from <paramref name="store"/>.</summary>
    public static async Task<GraphView> LoadAsync(IGraphStore store, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(store);
        var content = await store.GetGraphAsync(cancellationToken).ConfigureAwait(false);
        var texts = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var document in content.Nodes.Where(n => n.Label == GraphLabels.Document))
        {
            if (await store.GetDocumentTextAsync(document.Id, cancellationToken).ConfigureAwait(false) is { } text)
            {
                texts[document.Id] = text.NormalizedText;
            }
        }

        return new GraphView(content, texts);
    }

    /// <summary>The relationships of <paramref name="type"/> leaving <paramref name="nodeId"/>, each with the node it reaches.</summary>
    public IReadOnlyList<GraphLink> Outgoing(string nodeId, string type) =>
        _links.TryGetValue(Key(nodeId, type, true), out var list) ? list : None;

    /// <summary>The relationships of <paramref name="type"/> reaching <paramref name="nodeId"/>, each with the node it leaves.</summary>
    public IReadOnlyList<GraphLink> Incoming(string nodeId, string type) =>
        _links.TryGetValue(Key(nodeId, type, false), out var list) ? list : None;

    /// <summary>The nodes <paramref name="nodeId"/> points to through relationships of <paramref name="type"/>.</summary>
    public IEnumerable<GraphNode> Targets(string nodeId, string type) => Outgoing(nodeId, type).Select(l => l.Node);

    /// <summary>The evidence of a node or relationship's properties: document, span and its text; null if it has none.</summary>
    public AnswerEvidence? EvidenceOf(IReadOnlyDictionary<string, object?> properties)
    {
        ArgumentNullException.ThrowIfNull(properties);
        if (properties.GetValueOrDefault(Evidence.SourceDocument) is not string document
            || properties.GetValueOrDefault(Evidence.SourceStart) is not long start
            || properties.GetValueOrDefault(Evidence.SourceEnd) is not long end
            || !_texts.TryGetValue(document, out var text)
            || start < 0 || end > text.Length || start > end)
        {
            return null;
        }

        return new AnswerEvidence(document, (int)start, (int)end, text[(int)start..(int)end]);
    }

    /// <summary>The evidence of a span widened to the sentence that holds it (from the last 。；or line break before it).</summary>
    public AnswerEvidence? SentenceOf(IReadOnlyDictionary<string, object?> properties)
    {
        if (EvidenceOf(properties) is not { } span)
        {
            return null;
        }

        var text = _texts[span.DocumentId];
        var start = span.Start;
        while (start > 0 && !IsSentenceEnd(text[start - 1]) && span.Start - start < 200)
        {
            start--;
        }

        var end = span.End;
        while (end < text.Length && !IsSentenceEnd(text[end]) && end - span.End < 200)
        {
            end++;
        }

        if (end < text.Length && text[end] != '\n')
        {
            end++;
        }

        return new AnswerEvidence(span.DocumentId, start, end, text[start..end]);
    }

    private static string Key(string nodeId, string type, bool outgoing) => string.Concat(outgoing ? ">" : "<", type, "\u0001", nodeId);

    private static GraphNode[] Labelled(GraphContent content, string label) => content.Nodes.Where(n => n.Label == label).ToArray();

    private static bool IsSentenceEnd(char c) => c is '。' or '；' or '\n' or '！' or '？';

    private void Add(string key, GraphLink link)
    {
        if (!_links.TryGetValue(key, out var list))
        {
            list = [];
            _links[key] = list;
        }

        list.Add(link);
    }
}
