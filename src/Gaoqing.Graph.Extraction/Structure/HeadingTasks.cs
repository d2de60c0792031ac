using System.Globalization;
using Gaoqing.Graph.Extraction.Responsibilities;

namespace Gaoqing.Graph.Extraction.Structure;

/// <summary>Makes a task of a heading that carries its own responsibility clause (<c>（一）加快…。（县发改局负责）</c>).</summary>
/// <remarks>
/// Documents that list their tasks as headings rather than as numbered items state the units in the heading's own
/// text: from the heading to the next heading or task. Such a heading, when no task lies in that text, is a task too,
/// numbered by its heading's ordinal (（三） → 3).
/// </remarks>
internal static class HeadingTasks
{
    /// <summary><paramref name="tasks"/> with the tasks of such headings added, all in the order of the text.</summary>
    public static IReadOnlyList<ExtractedTask> AddTo(string text, IReadOnlyList<ExtractedSection> sections, IReadOnlyList<ExtractedTask> tasks)
    {
        var added = new List<ExtractedTask>();
        foreach (var section in sections)
        {
            var start = section.Span.Start;
            var end = sections.Where(s => s.Span.Start > start).Select(s => s.Span.Start)
                .Concat(tasks.Where(t => t.Span.Start >= start).Select(t => t.Span.Start))
                .Append(section.Span.End)
                .Min();
            var region = BracketScanner.Trim(text, new Span(start, end));
            if (region.Length == 0 || tasks.Any(t => t.Span.Start >= start && t.Span.Start < end) || !ResponsibilityReader.HasClause(text, region))
            {
                continue;
            }

            added.Add(new ExtractedTask(
                "h" + PathOf(section, sections),
                section.Ordinal,
                section.Ordinal,
                section.Mark,
                section.Title,
                region.Slice(text)[section.Mark.Length..].Replace("\n", "", StringComparison.Ordinal),
                section.Index,
                region,
                section.TitleSpan,
                section.Year,
                []));
        }

        return added.Count == 0 ? tasks : tasks.Concat(added).OrderBy(t => t.Span.Start).ToList();
    }

    private static string PathOf(ExtractedSection section, IReadOnlyList<ExtractedSection> sections) =>
        section.ParentIndex is { } parent
            ? string.Create(CultureInfo.InvariantCulture, $"{sections[parent].Ordinal}.{section.Ordinal}")
            : section.Ordinal.ToString(CultureInfo.InvariantCulture);
}
