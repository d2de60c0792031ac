using System.Text.RegularExpressions;

namespace Gaoqing.Graph.Text.Normalization;

/// <summary>Decides whether a line break between two lines was made by the page layout (join) or by the author (keep).</summary>
/// <remarks>
/// A line that starts with a heading or item mark (<c>一、</c>, <c>（二）</c>, <c>3.</c>, <c>第四条</c>) always
/// starts a paragraph; a line ending in a comma-like mark or a number (its unit follows) always continues.
/// Otherwise it depends on the document: one wrapped to a page width has most of its lines at about the same
/// display width, and a line that reaches that width was broken by the layout; in a document of whole
/// paragraphs a line is a paragraph; a fragment of a few lines is joined except after the end of a sentence.
/// </remarks>
internal sealed partial class LineJoining
{
    private const string Continuing = "，、：“‘《（—…-";
    private const string Ending = "。！？；」』”’》）";
    private const int FragmentLines = 8;
    private const int WidestPage = 200;
    private readonly Layout _layout;
    private readonly int _wrapWidth;

    private LineJoining(Layout layout, int wrapWidth)
    {
        _layout = layout;
        _wrapWidth = wrapWidth;
    }

    private enum Layout
    {
        Fragment,
        Wrapped,
        Paragraphs,
    }

    /// <summary>Measures the lines of one document to find how it was laid out.</summary>
    public static LineJoining ForDocument(IReadOnlyList<CleanLine> lines)
    {
        if (lines.Count < FragmentLines)
        {
            return new LineJoining(Layout.Fragment, 0);
        }

        var widths = lines.Select(l => l.Width).Order().ToArray();
        var typical = widths[(int)(widths.Length * 0.8)];
        var nearTypical = widths.Count(w => w >= typical * 0.85 && w <= typical * 1.15);
        var wrapped = typical is >= 20 and <= WidestPage && nearTypical >= widths.Length * 0.4;
        return wrapped ? new LineJoining(Layout.Wrapped, (int)(typical * 0.85)) : new LineJoining(Layout.Paragraphs, 0);
    }

    /// <summary>True when <paramref name="next"/> continues the paragraph of <paramref name="previous"/>.</summary>
    public bool Joins(CleanLine previous, CleanLine next)
    {
        if (StartsParagraph().IsMatch(next.Text))
        {
            return false;
        }

        var last = previous.Text[^1];
        if (Continuing.Contains(last) || char.IsAsciiDigit(last))
        {
            return true;
        }

        return _layout switch
        {
            Layout.Fragment => !Ending.Contains(last),
            Layout.Wrapped => previous.Width >= _wrapWidth,
            _ => false,
        };
    }

    [GeneratedRegex(@"^(?:[一二三四五六七八九十百]+、|（[一二三四五六七八九十百]+）|（\d{1,3}）|\d{1,3}[.、](?!\d)|第[一二三四五六七八九十百\d]+[章节条部分]|附件\d*[：:]?$)")]
    private static partial Regex StartsParagraph();
}
