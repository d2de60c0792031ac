using Gaoqing.Graph.Model.Building;

namespace Gaoqing.Graph.Model.Tracing;

/// <summary>Which year each part of a document speaks about, from the years of its tasks, sections and header.</summary>
/// <remarks>
/// A task's span is known; a section runs from its heading to the next heading of the same or a higher level. A position
/// takes the year of the task holding it, else of the deepest section holding it, else the document's. A part whose year
/// is before the document's reviews what was done in that year.
/// </remarks>
internal sealed class DocumentYears
{
    private readonly (int Start, int End, long Year)[] _tasks;
    private readonly (int Start, int End, long Level, long Year)[] _sections;

    public DocumentYears(GraphNode document, IEnumerable<GraphNode> parts, int textLength)
    {
        DocumentYear = document.Properties.GetValueOrDefault("year") as long?;
        var stated = parts.Where(p => p.Properties.GetValueOrDefault("year") is long).ToArray();
        _tasks = stated.Where(p => p.Label == GraphLabels.Task)
            .Select(t =>
            {
                var (start, end) = TracingGraph.SpanOf(t.Properties);
                return (start, end, (long)t.Properties["year"]!);
            })
            .ToArray();
        var sections = stated.Where(p => p.Label == GraphLabels.Section)
            .Select(s => (Start: TracingGraph.SpanOf(s.Properties).Start, Level: s.Properties.GetValueOrDefault("level") as long? ?? 1, Year: (long)s.Properties["year"]!))
            .OrderBy(s => s.Start)
            .ToArray();
        _sections = sections.Select((s, i) =>
        {
            var next = Array.FindIndex(sections, i + 1, n => n.Level <= s.Level);
            return (s.Start, next < 0 ? textLength : sections[next].Start, s.Level, s.Year);
        }).ToArray();
    }

    /// <summary>The document's own year, or null.</summary>
    public long? DocumentYear { get; }

    /// <summary>The year the text at <paramref name="position"/> speaks about, or null.</summary>
    public long? YearAt(int position)
    {
        foreach (var task in _tasks)
        {
            if (task.Start <= position && position < task.End)
            {
                return task.Year;
            }
        }

        var deepest = _sections.Where(s => s.Start <= position && position < s.End).OrderByDescending(s => s.Level).FirstOrDefault();
        return deepest == default ? DocumentYear : deepest.Year;
    }

    /// <summary>The year before the document's that the text at <paramref name="position"/> reviews, or null where it plans.</summary>
    public long? ReviewedAt(int position) => DocumentYear is { } own && YearAt(position) is { } year && year < own ? year : null;
}
