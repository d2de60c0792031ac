using System.Globalization;
using System.Text.RegularExpressions;

namespace Gaoqing.Graph.Extraction.Measurements;

/// <summary>Finds the figures of a document (value and unit), with their indicator, qualifier, kind and year.</summary>
/// <remarks>
/// A figure is a number followed by a unit (亿元, %, 万千瓦, 家, 人, 万亩, 个, 项 …); numbers inside quotation marks
/// (“人才金政50条”), parts of codes (PM2.5, S309), ranges (1-2项), thresholds (过10亿元项目) and ratings that name a
/// thing (110千伏变电站, 60兆瓦渔光互补) are not figures. The indicator is the name before the figure in its clause,
/// else the name after it; a figure that only says how something changed (同比增长6.1%) takes the name of the figure
/// before it in the sentence, and its phrase reaches back to that figure's. A figure in a section that reviews what
/// was done is ACTUAL, anything else TARGET; its year is the section's, else the document's; but a sentence that opens
/// with an earlier year (2022年，… or 去年…) reports results of that year, so its figures are ACTUAL.
/// </remarks>
internal static partial class MeasurementReader
{
    private const string ClauseBreaks = "，；。：、\n（）“”！？";

    /// <summary>The measurements of <paramref name="text"/>.</summary>
    public static IReadOnlyList<ExtractedMeasurement> Read(string text, IReadOnlyList<Span> lines, IReadOnlyList<ExtractedSection> sections, int? documentYear)
    {
        var found = new List<ExtractedMeasurement>();
        var next = 0;
        var open = new List<ExtractedSection>();
        foreach (var line in lines)
        {
            while (next < sections.Count && sections[next].Span.Start <= line.Start)
            {
                open.Add(sections[next++]);
            }

            open.RemoveAll(s => s.Span.End < line.End);
            var section = open.LastOrDefault(s => s.Span.Contains(line));
            var kind = section?.ReportsResults == true ? MeasurementKind.Actual : MeasurementKind.Target;
            var year = section?.Year ?? documentYear;
            ReadLine(text, line, kind, year, found);
        }

        return found;
    }

    private static void ReadLine(string text, Span line, MeasurementKind kind, int? year, List<ExtractedMeasurement> found)
    {
        var previousEnd = line.Start;
        ExtractedMeasurement? previous = null;
        var quotes = new QuoteDepth(text, line.Start);
        for (var figure = Figure().Match(text, line.Start, line.Length); figure.Success; figure = figure.NextMatch())
        {
            var number = figure.Groups["number"];
            if (!IsFigure(text, line, figure, number) || quotes.IsQuotedAt(number.Index))
            {
                continue;
            }

            var clauseStart = Math.Max(ClauseStart(text, line.Start, number.Index), previousEnd);
            var before = text[clauseStart..figure.Index];
            var name = IndicatorName.FromBefore(before);
            name = name.EndsWith('等') ? "" : name;
            var phraseStart = clauseStart;
            var phraseEnd = figure.Index + figure.Length;
            var sameSentence = previous is not null && text.IndexOf('。', previous.Span.End, number.Index - previous.Span.End) < 0;
            if (name.Length == 0 && before.Length > 0 && "和、及".Contains(before[^1]) && previous is not null && previousEnd == clauseStart)
            {
                name = previous.Indicator;
                phraseStart = previous.Span.Start;
            }
            else if (name.Length == 0)
            {
                phraseEnd = AfterEnd(text, phraseEnd, line.End);
                name = IndicatorName.FromAfter(text[(figure.Index + figure.Length)..phraseEnd]);
            }
            else if (IndicatorName.IsGeneric(name) && sameSentence)
            {
                name = previous!.Indicator + before.Trim();
                phraseStart = previous.Span.Start;
            }

            if (name.Length == 0)
            {
                continue;
            }

            var pastYear = PastYearOfSentence(text, line.Start, number.Index, year);
            var measurement = new ExtractedMeasurement(
                double.Parse(number.Value, CultureInfo.InvariantCulture),
                figure.Groups["unit"].Value,
                pastYear is null ? kind : MeasurementKind.Actual,
                pastYear ?? year,
                QualifierOf(before, figure),
                name,
                text[phraseStart..phraseEnd],
                new Span(phraseStart, phraseEnd));
            found.Add(measurement);
            previous = measurement;
            previousEnd = figure.Index + figure.Length;
        }
    }

    private static bool IsFigure(string text, Span line, Match figure, Group number)
    {
        var before = number.Index > line.Start ? text[number.Index - 1] : '\0';
        var end = figure.Index + figure.Length;
        var after = end < line.End ? text[end] : '\0';
        var threshold = !figure.Groups["pre"].Success && before is '过' or '超' or '第';
        var rating = PowerUnit().IsMatch(figure.Groups["unit"].Value) && RatedThing().Match(text, end, Math.Min(2, line.End - end)).Success;
        if (rating)
        {
            return false;
        }

        return !threshold && !char.IsAsciiLetterOrDigit(before) && before is not ('.' or '-' or '—' or '–' or '+' or '/' or '~')
            && !char.IsAsciiLetter(after) && after is not ('/' or '-' or '—' or '+');
    }

    /// <summary>The year a sentence opens with (<c>2022年，…</c>, <c>去年…</c>) when it is before <paramref name="year"/>.</summary>
    private static int? PastYearOfSentence(string text, int lineStart, int at, int? year)
    {
        if (at == lineStart || year is null)
        {
            return null;
        }

        var sentenceStart = Math.Max(lineStart, text.LastIndexOf('。', at - 1, at - lineStart) + 1);
        var opening = SentenceYear().Match(text, sentenceStart, at - sentenceStart);
        if (!opening.Success)
        {
            return null;
        }

        var said = opening.Groups["year"].Success ? int.Parse(opening.Groups["year"].Value, CultureInfo.InvariantCulture) : year - 1;
        return said < year ? said : null;
    }

    private static int ClauseStart(string text, int lineStart, int at)
    {
        for (var i = at - 1; i >= lineStart; i--)
        {
            if (ClauseBreaks.Contains(text[i]))
            {
                return i + 1;
            }
        }

        return lineStart;
    }

    private static int AfterEnd(string text, int from, int lineEnd)
    {
        var i = from;
        while (i < lineEnd && !ClauseBreaks.Contains(text[i]) && !char.IsAsciiDigit(text[i]))
        {
            i++;
        }

        return i;
    }

    private static string? QualifierOf(string before, Match figure)
    {
        var words = new List<string>();
        foreach (Match target in TargetWord().Matches(before))
        {
            words.Add(target.Value);
        }

        foreach (var group in new[] { figure.Groups["pre"], figure.Groups["more"], figure.Groups["post"] })
        {
            if (group.Success && !words.Contains(group.Value))
            {
                words.Add(group.Value);
            }
        }

        return words.Count == 0 ? null : string.Join(' ', words);
    }

    [GeneratedRegex(@"(?<pre>不少于|不低于|不超过|超过|突破|至少)?(?<number>\d+(?:\.\d+)?)(?<more>余|多)?(?<unit>个百分点|亿千瓦时|万千瓦时|千瓦时|万千瓦|千瓦|兆瓦|千伏|万平方米|平方千米|平方公里|平方米|立方米/秒|万立方米|立方米|万亩|亩|万吨|吨|万头|头|万人次|人次|万人|人|亿元|万元|元|家次|家|个(?!月)|项|所|处|条|台|件|部|场次|场|户|套|名|公里|天|期|次|%|栋|辆|座|批|村)(?<post>以上|左右|以下|以内)?")]
    private static partial Regex Figure();

    [GeneratedRegex(@"^(?:千伏|兆瓦|万千瓦|千瓦)$")]
    private static partial Regex PowerUnit();

    [GeneratedRegex(@"^(?:变电|开关|输变|线路|渔|农|光|牧|风电|项目|机组|煤电|级)")]
    private static partial Regex RatedThing();

    [GeneratedRegex(@"^(?:(?<year>(?:19|20)\d{2})年|去年)")]
    private static partial Regex SentenceYear();

    [GeneratedRegex(@"力争|确保|不少于|不低于")]
    private static partial Regex TargetWord();
}
