using System.Globalization;
using System.Text.RegularExpressions;
using Gaoqing.Graph.Extraction.Responsibilities;

namespace Gaoqing.Graph.Extraction.Structure;

/// <summary>Finds the headings (<c>一、</c>, <c>（一）</c>), the numbered tasks (<c>1.</c>) and the <c>一是…二是…</c> measures.</summary>
/// <remarks>
/// A numbered task runs to the end of its paragraph and takes in the paragraphs after it while the text has not
/// reached the end of a sentence, or while it has no responsibility clause and the next paragraph has one. A measure runs to the next measure
/// of its paragraph or to the end of the paragraph.
/// </remarks>
internal static partial class StructureReader
{
    /// <summary>Reads the structure of <paramref name="text"/> below the header, from <paramref name="lines"/>.</summary>
    public static DocumentStructure Read(string text, IReadOnlyList<Span> lines, int? documentYear)
    {
        var sections = new List<ExtractedSection>();
        var tasks = new List<ExtractedTask>();
        var open = new ExtractedSection?[3];
        var taskCounts = new Dictionary<int, int>();
        var keys = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < lines.Count; i++)
        {
            var line = lines[i];
            var heading = Heading().Match(text, line.Start, line.Length);
            var numbered = NumberedTask().Match(text, line.Start, line.Length);
            if (heading.Success)
            {
                var section = ReadHeading(text, line, heading, sections, open, documentYear);
                sections.Add(section);
                open[section.Level] = section;
                if (section.Level == 1)
                {
                    open[2] = null;
                }

                AddMeasures(text, new Span(section.TitleSpan.End, line.End), section, sections, tasks, taskCounts);
            }
            else if (numbered.Success)
            {
                var end = i;
                while (end + 1 < lines.Count && Continues(text, new Span(line.Start, lines[end].End), lines[end + 1]))
                {
                    end++;
                }

                var section = open[2] ?? open[1];
                var task = NumberedTaskOf(text, new Span(line.Start, lines[end].End), numbered, section, taskCounts, documentYear);
                tasks.Add(keys.Add(task.Key) ? task : task with { Key = $"{KeyOf(section, sections, task.Ordinal)}#{task.Key}" });
                i = end;
            }
            else if ((open[2] ?? open[1]) is { } section)
            {
                AddMeasures(text, line, section, sections, tasks, taskCounts);
            }
        }

        var closed = CloseSpans(sections, text.Length);
        return new DocumentStructure(closed, UniqueKeys(HeadingTasks.AddTo(text, closed, tasks)));
    }

    private static ExtractedSection ReadHeading(
        string text, Span line, Match heading, List<ExtractedSection> sections, ExtractedSection?[] open, int? documentYear)
    {
        var level = heading.Groups["outer"].Success ? 1 : 2;
        var numeral = level == 1 ? heading.Groups["outer"].Value : heading.Groups["inner"].Value;
        var titleSpan = Titles.TitleOf(text, new Span(heading.Index + heading.Length, line.End));
        var (titleStart, titleEnd) = (titleSpan.Start, titleSpan.End);
        var title = titleSpan.Slice(text);
        var parent = level == 2 ? open[1] : null;
        var yearMatch = YearInTitle().Match(title);
        var year = yearMatch.Success ? int.Parse(yearMatch.Groups[1].Value, CultureInfo.InvariantCulture) : parent?.Year ?? documentYear;
        var reports = ReviewTitle().IsMatch(title) || parent?.ReportsResults == true;
        return new ExtractedSection(
            sections.Count,
            level,
            ChineseNumeral.Parse(numeral) ?? 0,
            heading.Value,
            title,
            parent?.Index,
            line,
            new Span(titleStart, titleEnd),
            year,
            reports);
    }

    private static bool Continues(string text, Span task, Span next)
    {
        if (Heading().Match(text, next.Start, next.Length).Success || NumberedTask().Match(text, next.Start, next.Length).Success)
        {
            return false;
        }

        var last = text[task.End - 1];
        return "。；！？）".IndexOf(last) < 0
            || ResponsibilityStart().Match(text, next.Start, next.Length).Success
            || ResponsibilityReader.HasClause(text, next) && !ResponsibilityReader.HasClause(text, task);
    }

    private static ExtractedTask NumberedTaskOf(
        string text, Span span, Match numbered, ExtractedSection? section, Dictionary<int, int> taskCounts, int? documentYear)
    {
        var number = numbered.Groups["circled"].Success
            ? CircledNumber(numbered.Groups["circled"].Value[0])
            : int.Parse(numbered.Groups["number"].Value, CultureInfo.InvariantCulture);
        var bodyStart = numbered.Index + numbered.Length;
        var titleSpan = Titles.TitleOf(text, new Span(bodyStart, span.End));
        return new ExtractedTask(
            number.ToString(CultureInfo.InvariantCulture),
            number,
            NextOrdinal(taskCounts, section),
            numbered.Groups["mark"].Value,
            titleSpan.Slice(text),
            JoinLines(text, new Span(bodyStart, span.End)),
            section?.Index,
            span,
            titleSpan,
            section?.Year ?? documentYear,
            []);
    }

    private static void AddMeasures(
        string text, Span body, ExtractedSection section, List<ExtractedSection> sections, List<ExtractedTask> tasks, Dictionary<int, int> taskCounts)
    {
        var expected = 1;
        var marks = new List<(Match Mark, int Ordinal)>();
        for (var mark = Measure().Match(text, body.Start, body.Length); mark.Success; mark = mark.NextMatch())
        {
            var ordinal = ChineseNumeral.Parse(mark.Groups["numeral"].Value);
            if (ordinal == 1 || ordinal == expected)
            {
                marks.Add((mark, ordinal.Value));
                expected = ordinal.Value + 1;
            }
        }

        for (var m = 0; m < marks.Count; m++)
        {
            var (mark, _) = marks[m];
            var start = mark.Groups["numeral"].Index;
            var end = m + 1 < marks.Count ? marks[m + 1].Mark.Groups["numeral"].Index : body.End;
            var bodyStart = mark.Index + mark.Length;
            var titleSpan = Titles.TitleOf(text, new Span(bodyStart, end));
            var ordinal = NextOrdinal(taskCounts, section);
            tasks.Add(new ExtractedTask(
                KeyOf(section, sections, ordinal),
                null,
                ordinal,
                text[start..bodyStart],
                titleSpan.Slice(text),
                JoinLines(text, new Span(bodyStart, end)),
                section.Index,
                new Span(start, end),
                titleSpan,
                section.Year,
                []));
        }
    }

    /// <summary>The tasks with a repeated key (a document whose headings restart their numbering) made unique by a count.</summary>
    private static List<ExtractedTask> UniqueKeys(IReadOnlyList<ExtractedTask> tasks)
    {
        var seen = new Dictionary<string, int>(StringComparer.Ordinal);
        var unique = new List<ExtractedTask>(tasks.Count);
        foreach (var task in tasks)
        {
            var count = seen[task.Key] = seen.GetValueOrDefault(task.Key) + 1;
            unique.Add(count == 1 ? task : task with { Key = string.Create(CultureInfo.InvariantCulture, $"{task.Key}~{count}") });
        }

        return unique;
    }

    private static int CircledNumber(char mark) => mark >= '⑴' ? mark - '⑴' + 1 : mark - '①' + 1;

    private static string KeyOf(ExtractedSection? section, List<ExtractedSection> sections, int ordinal)
    {
        var path = section is null ? "0"
            : section.ParentIndex is { } parent ? $"{sections[parent].Ordinal}.{section.Ordinal}"
            : section.Ordinal.ToString(CultureInfo.InvariantCulture);
        return string.Create(CultureInfo.InvariantCulture, $"{path}.{ordinal}");
    }

    private static int NextOrdinal(Dictionary<int, int> taskCounts, ExtractedSection? section)
    {
        var key = section?.Index ?? -1;
        taskCounts[key] = taskCounts.GetValueOrDefault(key) + 1;
        return taskCounts[key];
    }

    private static string JoinLines(string text, Span span) => span.Slice(text).Replace("\n", "", StringComparison.Ordinal);

    private static List<ExtractedSection> CloseSpans(List<ExtractedSection> sections, int textEnd)
    {
        var closed = new List<ExtractedSection>(sections.Count);
        for (var i = 0; i < sections.Count; i++)
        {
            var section = sections[i];
            var next = sections.Skip(i + 1).FirstOrDefault(s => s.Level <= section.Level);
            var end = next?.Span.Start - 1 ?? textEnd;
            closed.Add(section with { Span = new Span(section.Span.Start, Math.Max(end, section.Span.End)) });
        }

        return closed;
    }

    [GeneratedRegex(@"^(?:(?<outer>[一二三四五六七八九十]{1,3})、|（(?<inner>[一二三四五六七八九十]{1,3})）)")]
    private static partial Regex Heading();

    [GeneratedRegex(@"^(?<mark>(?<number>\d{1,3})[.、．](?!\d)|（?(?<number>\d{1,3})）|(?<circled>[①-⑳⑴-⒇]))\s*")]
    private static partial Regex NumberedTask();

    [GeneratedRegex(@"(?<=^|[。；！？：，\n])(?<numeral>[一二三四五六七八九十]{1,3})是")]
    private static partial Regex Measure();

    [GeneratedRegex(@"^（?(?:牵头|责任|主责|配合|主办|协办)(?:单位|部门|主体)[：:]")]
    private static partial Regex ResponsibilityStart();

    [GeneratedRegex(@"((?:19|20)\d{2})年")]
    private static partial Regex YearInTitle();

    [GeneratedRegex(@"执行情况|完成情况|回顾|工作总结")]
    private static partial Regex ReviewTitle();
}
