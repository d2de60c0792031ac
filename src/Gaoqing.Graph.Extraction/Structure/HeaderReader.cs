using System.Globalization;
using System.Text.RegularExpressions;

namespace Gaoqing.Graph.Extraction.Structure;

/// <summary>Reads title, document number, issuer, date of issue and year from the head of a document.</summary>
internal static partial class HeaderReader
{
    private const int HeadLines = 12;
    private const int LongestTitleLines = 4;

    /// <summary>The header of the document whose lines are <paramref name="lines"/>.</summary>
    public static DocumentHeader Read(string text, IReadOnlyList<Span> lines)
    {
        var head = lines.Take(HeadLines).ToList();
        var docNumber = FirstMatch(text, head, DocNumberPattern());
        var titleAt = head.FindIndex(l => text.AsSpan(l.Start, l.Length).StartsWith("关于"));
        var title = titleAt >= 0 ? JoinTitle(text, head, titleAt) : FirstPlainLine(text, head);
        var issuer = titleAt > 0 && IssuerPattern().IsMatch(head[titleAt - 1].Slice(text))
            ? new TextField(head[titleAt - 1].Slice(text), head[titleAt - 1])
            : null;
        var issuedOn = ReadDate(text, lines);
        var year = YearOf(title?.Value) ?? YearOf(docNumber?.Value) ?? YearOf(issuedOn?.Value);
        return new DocumentHeader(title, docNumber, issuer, issuedOn, year);
    }

    private static TextField? FirstMatch(string text, IEnumerable<Span> lines, Regex pattern)
    {
        foreach (var line in lines)
        {
            var match = pattern.Match(text, line.Start, line.Length);
            if (match.Success)
            {
                return new TextField(match.Value, new Span(match.Index, match.Index + match.Length));
            }
        }

        return null;
    }

    private static TextField JoinTitle(string text, List<Span> head, int first)
    {
        var last = first;
        while (last + 1 < head.Count && last - first + 1 < LongestTitleLines && !TitleEnd().IsMatch(head[last].Slice(text)))
        {
            last++;
        }

        if (!TitleEnd().IsMatch(head[last].Slice(text)))
        {
            last = first;
        }

        var value = string.Concat(head.Skip(first).Take(last - first + 1).Select(l => l.Slice(text)));
        return new TextField(value, new Span(head[first].Start, head[last].End));
    }

    private static TextField? FirstPlainLine(string text, List<Span> head)
    {
        foreach (var line in head)
        {
            var value = line.Slice(text);
            if (value.Length is >= 4 and <= 60 && !DocNumberPattern().IsMatch(value) && value.IndexOfAny(['，', '。', '：']) < 0)
            {
                return new TextField(value, line);
            }
        }

        return null;
    }

    private static TextField? ReadDate(string text, IReadOnlyList<Span> lines)
    {
        foreach (var line in lines)
        {
            var match = DateLine().Match(text, line.Start, line.Length);
            if (match.Success && IsDate(match, out var date))
            {
                return new TextField(date, new Span(match.Index, match.Index + match.Length));
            }
        }

        foreach (var line in lines.Reverse())
        {
            var match = DateOfPrinting().Match(text, line.Start, line.Length);
            if (match.Success && IsDate(match, out var date))
            {
                return new TextField(date, new Span(match.Index, match.Index + match.Length));
            }
        }

        return null;
    }

    private static bool IsDate(Match match, out string date)
    {
        var year = int.Parse(match.Groups[1].Value, CultureInfo.InvariantCulture);
        var month = int.Parse(match.Groups[2].Value, CultureInfo.InvariantCulture);
        var day = int.Parse(match.Groups[3].Value, CultureInfo.InvariantCulture);
        var valid = month is >= 1 and <= 12 && day >= 1 && day <= DateTime.DaysInMonth(year, month);
        date = valid ? new DateOnly(year, month, day).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) : "";
        return valid;
    }

    private static int? YearOf(string? value)
    {
        var match = value is null ? Match.Empty : YearPattern().Match(value);
        return match.Success ? int.Parse(match.Groups[1].Value, CultureInfo.InvariantCulture) : null;
    }

    [GeneratedRegex(@"[\p{IsCJKUnifiedIdeographs}]{1,8}[〔\[［【（(]\d{4}[〕\]］】）)]\d{1,4}号")]
    private static partial Regex DocNumberPattern();

    [GeneratedRegex(@"^[\p{IsCJKUnifiedIdeographs}]{2,30}(?:人民政府办公室|人民政府|办公室|委员会|管委会|局|委)$")]
    private static partial Regex IssuerPattern();

    [GeneratedRegex(@"(?:通知|意见|决定|方案|办法|计划|规划|报告|函|批复|通报|细则|要点)$")]
    private static partial Regex TitleEnd();

    [GeneratedRegex(@"^((?:19|20)\d{2})年(\d{1,2})月(\d{1,2})日$")]
    private static partial Regex DateLine();

    [GeneratedRegex(@"((?:19|20)\d{2})年(\d{1,2})月(\d{1,2})日(?:印发|印|发布)")]
    private static partial Regex DateOfPrinting();

    [GeneratedRegex(@"((?:19|20)\d{2})")]
    private static partial Regex YearPattern();
}
