using Gaoqing.Graph.Extraction.Measurements;
using Gaoqing.Graph.Extraction.Mentions;
using Gaoqing.Graph.Extraction.Resolution;
using Gaoqing.Graph.Extraction.Responsibilities;
using Gaoqing.Graph.Extraction.Structure;
using Gaoqing.Graph.Text.Normalization;

namespace Gaoqing.Graph.Extraction;

/// <summary>Reads one policy document: normalizes it, then finds its header, sections, tasks, responsibilities, mentions and measurements.</summary>
public static class DocumentExtractor
{
    /// <summary>Extracts the document <paramref name="name"/> from its original text; never throws on any string.</summary>
    public static ExtractedDocument Extract(string name, string original)
    {
        ArgumentNullException.ThrowIfNull(name);
        ArgumentNullException.ThrowIfNull(original);
        var normalized = TextNormalizer.Normalize(original);
        var text = normalized.Text;
        var lines = TextLines.Of(text);
        var header = HeaderReader.Read(text, lines);
        var structure = StructureReader.Read(text, lines, header.Year);
        var lexicon = DepartmentLexicon.Shared;
        var tasks = structure.Tasks
            .Select(t => t with { Responsibilities = ResponsibilityReader.Read(text, t.Span, lexicon) })
            .ToList();
        var mentions = MentionReader.Read(text, tasks);
        var measurements = MeasurementReader.Read(text, lines, structure.Sections, header.Year);
        var departments = DepartmentsOf(tasks, mentions, lexicon);
        return new ExtractedDocument(name, normalized, header, structure.Sections, tasks, departments, mentions, measurements, WarningsOf(name, text, header, tasks));
    }

    private static List<ExtractedDepartment> DepartmentsOf(IEnumerable<ExtractedTask> tasks, IEnumerable<Mention> mentions, DepartmentLexicon lexicon) =>
        tasks.SelectMany(t => t.Responsibilities).Select(r => (Name: r.Department, r.Written, r.Span))
            .Concat(mentions.Where(m => m.Kind == MentionKind.Department).Select(m => (m.Name, m.Written, m.Span)))
            .GroupBy(r => r.Name, StringComparer.Ordinal)
            .Select(g => new ExtractedDepartment(
                g.Key,
                lexicon.AliasesOf(g.Key).Concat(g.Select(r => r.Written)).Where(a => a != g.Key).Distinct().Order(StringComparer.Ordinal).ToList(),
                lexicon.LevelOfUnit(g.Key),
                g.MinBy(r => r.Span.Start).Span))
            .ToList();

    private static List<string> WarningsOf(string name, string text, DocumentHeader header, IReadOnlyList<ExtractedTask> tasks)
    {
        var warnings = new List<string>();
        if (text.Length == 0)
        {
            warnings.Add($"{name}: the document has no text");
            return warnings;
        }

        if (tasks.Count == 0)
        {
            warnings.Add($"{name}: no tasks found (no numbered items such as '1.', no '一是…' measures, no headings with a responsibility clause)");
        }

        if (header.DocNumber is null)
        {
            warnings.Add($"{name}: no document number (such as 高政办字〔2023〕20号) found; the document is known by its name");
        }

        return warnings;
    }
}
