using System.Globalization;
using Gaoqing.Graph.Extraction;
using Gaoqing.Graph.Model.Tracing;

namespace Gaoqing.Graph.Model.Building;

/// <summary>Turns an <see cref="ExtractedDocument"/> into the nodes and relationships of the graph contract.</summary>
/// <remarks>
/// Every node and relationship carries the evidence of the span it was read from. A mention or measurement
/// belongs to the smallest task, else section, else the document whose span holds it.
/// </remarks>
public sealed class DocumentGraphBuilder
{
    private readonly ExtractedDocument _document;
    private readonly string _documentId;
    private readonly Dictionary<string, GraphNode> _nodes = new(StringComparer.Ordinal);
    private readonly Dictionary<string, GraphRelationship> _relationships = new(StringComparer.Ordinal);
    private readonly string[] _sectionIds;
    private readonly string[] _taskIds;
    private readonly ILookup<(MentionKind, string), string> _writtenForms;

    private DocumentGraphBuilder(ExtractedDocument document)
    {
        _document = document;
        _documentId = GraphIds.Document(document.Header.DocNumber?.Value, document.Name);
        _sectionIds = SectionIds();
        _taskIds = document.Tasks.Select(t => GraphIds.Task(_documentId, t.Key)).ToArray();
        _writtenForms = document.Mentions.ToLookup(m => (m.Kind, m.Name), m => m.Written);
    }

    /// <summary>The graph of <paramref name="document"/>.</summary>
    public static DocumentGraph Build(ExtractedDocument document)
    {
        ArgumentNullException.ThrowIfNull(document);
        var builder = new DocumentGraphBuilder(document);
        var documentNode = builder.AddDocument();
        builder.AddSections();
        builder.AddTasks();
        builder.AddMentions();
        builder.AddMeasurements();
        return new DocumentGraph(
            documentNode,
            builder._nodes.Values.ToList(),
            builder._relationships.Values.ToList(),
            document.Text.Text,
            document.Text.Original,
            document.Warnings);
    }

    private GraphNode AddDocument()
    {
        var header = _document.Header;
        var span = header.Title?.Span ?? new Span(0, _document.Text.Text.Length);
        return AddNode(_documentId, GraphLabels.Document, span, new()
        {
            ["name"] = _document.Name,
            ["title"] = header.Title?.Value,
            ["docNumber"] = header.DocNumber?.Value,
            ["issuer"] = header.Issuer?.Value,
            ["issuedOn"] = header.IssuedOn?.Value,
            ["year"] = (long?)header.Year,
        });
    }

    private void AddSections()
    {
        foreach (var section in _document.Sections)
        {
            var id = _sectionIds[section.Index];
            var heading = new Span(section.Span.Start, section.TitleSpan.End);
            AddNode(id, GraphLabels.Section, heading, new()
            {
                ["ordinal"] = (long)section.Ordinal,
                ["title"] = section.Title,
                ["mark"] = section.Mark,
                ["level"] = (long)section.Level,
                ["year"] = (long?)section.Year,
            });
            AddRelationship(GraphLabels.PartOf, id, _documentId, heading);
            if (section.ParentIndex is { } parent)
            {
                AddRelationship(GraphLabels.PartOf, id, _sectionIds[parent], heading);
            }
        }
    }

    private void AddTasks()
    {
        for (var i = 0; i < _document.Tasks.Count; i++)
        {
            var task = _document.Tasks[i];
            var id = _taskIds[i];
            AddNode(id, GraphLabels.Task, task.Span, new()
            {
                ["number"] = (long?)task.Number,
                ["key"] = task.Key,
                ["label"] = task.Label,
                ["ordinal"] = (long)task.Ordinal,
                ["title"] = task.Title,
                ["text"] = task.Text,
                ["year"] = (long?)task.Year,
            });
            var container = task.SectionIndex is { } section ? _sectionIds[section] : _documentId;
            AddRelationship(GraphLabels.PartOf, id, container, task.Span);
            foreach (var responsibility in task.Responsibilities)
            {
                var department = AddDepartment(responsibility.Department, responsibility.Span);
                var type = responsibility.Role == ResponsibilityRole.Lead ? GraphLabels.Leads : GraphLabels.Supports;
                AddRelationship(type, department, id, responsibility.Span, new() { ["written"] = responsibility.Written });
            }
        }
    }

    private void AddMentions()
    {
        foreach (var mention in _document.Mentions)
        {
            var target = mention.Kind switch
            {
                MentionKind.Department => AddDepartment(mention.Name, mention.Span),
                MentionKind.Place => AddShared(GraphLabels.Place, mention.Name, mention.Span, () => new()
                {
                    ["kind"] = mention.PlaceKind,
                    ["aliases"] = WrittenFormsOf(mention),
                }),
                _ => AddShared(GraphLabels.Project, mention.Name, mention.Span, () => new() { ["aliases"] = WrittenFormsOf(mention) }),
            };
            AddRelationship(GraphLabels.Mentions, OwnerOf(mention.Span), target, mention.Span, new() { ["written"] = mention.Written });
        }
    }

    private void AddMeasurements()
    {
        var indicators = IndicatorLexicon.Shared;
        var resolved = _document.Measurements.Select(m => indicators.Resolve(m.Indicator, m.Text)).ToArray();
        var writtenForms = _document.Measurements.Select((m, i) => (Name: resolved[i], Written: m.Indicator)).ToLookup(f => f.Name, f => f.Written);
        for (var i = 0; i < _document.Measurements.Count; i++)
        {
            var measurement = _document.Measurements[i];
            var name = resolved[i];
            var id = GraphIds.Measurement(_documentId, measurement.Span.Start, measurement.Span.End);
            AddNode(id, GraphLabels.Measurement, measurement.Span, new()
            {
                ["value"] = measurement.Value,
                ["unit"] = measurement.Unit,
                ["kind"] = measurement.Kind == MeasurementKind.Target ? "TARGET" : "ACTUAL",
                ["year"] = (long?)measurement.Year,
                ["qualifier"] = measurement.Qualifier,
                ["indicator"] = name,
                ["indicatorWritten"] = measurement.Indicator,
                ["text"] = measurement.Text,
            });
            var indicator = AddShared(GraphLabels.Indicator, name, measurement.Span, () => new()
            {
                ["aliases"] = indicators.AliasesOf(name).Concat(writtenForms[name]).Where(a => a != name)
                    .Distinct().Order(StringComparer.Ordinal).ToList(),
            });
            AddRelationship(GraphLabels.Measures, id, indicator, measurement.Span);
            AddRelationship(GraphLabels.States, OwnerOf(measurement.Span), id, measurement.Span);
        }
    }

    private List<string> WrittenFormsOf(Mention mention) =>
        _writtenForms[(mention.Kind, mention.Name)].Where(w => w != mention.Name).Distinct().Order(StringComparer.Ordinal).ToList();

    private string AddDepartment(string name, Span span)
    {
        var department = _document.Departments.FirstOrDefault(d => d.Name == name);
        return AddShared(GraphLabels.Department, name, department?.FirstSpan ?? span, () => new()
        {
            ["aliases"] = department?.Aliases ?? [],
            ["level"] = department?.Level,
        });
    }

    private string AddShared(string label, string name, Span span, Func<Dictionary<string, object?>> propertiesOf)
    {
        var id = GraphIds.Shared(label, name);
        if (!_nodes.ContainsKey(id))
        {
            var properties = propertiesOf();
            properties["name"] = name;
            AddNode(id, label, span, properties);
        }

        return id;
    }

    private string OwnerOf(Span span)
    {
        for (var i = 0; i < _document.Tasks.Count; i++)
        {
            if (_document.Tasks[i].Span.Contains(span))
            {
                return _taskIds[i];
            }
        }

        var section = _document.Sections.LastOrDefault(s => s.Span.Contains(span));
        return section is null ? _documentId : _sectionIds[section.Index];
    }

    private string[] SectionIds()
    {
        var seen = new Dictionary<string, int>(StringComparer.Ordinal);
        var ids = new string[_document.Sections.Count];
        foreach (var section in _document.Sections)
        {
            var path = section.ParentIndex is { } parent
                ? string.Create(CultureInfo.InvariantCulture, $"{_document.Sections[parent].Ordinal}.{section.Ordinal}")
                : section.Ordinal.ToString(CultureInfo.InvariantCulture);
            var count = seen[path] = seen.GetValueOrDefault(path) + 1;
            ids[section.Index] = GraphIds.Section(_documentId, count == 1 ? path : string.Create(CultureInfo.InvariantCulture, $"{path}~{count}"));
        }

        return ids;
    }

    private GraphNode AddNode(string id, string label, Span span, Dictionary<string, object?> properties)
    {
        var node = new GraphNode(id, [label], Evidence.Add(properties, _documentId, span));
        _nodes[id] = node;
        return node;
    }

    private void AddRelationship(string type, string start, string end, Span span, Dictionary<string, object?>? properties = null)
    {
        var id = GraphIds.Relationship(type, start, end);
        _relationships.TryAdd(id, new GraphRelationship(id, type, start, end, Evidence.Add(properties ?? new(), _documentId, span)));
    }
}
