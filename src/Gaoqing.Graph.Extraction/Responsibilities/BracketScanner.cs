namespace Gaoqing.Graph.Extraction.Responsibilities;

/// <summary>Walks text at bracket depth zero: finds top-level bracket groups and splits at top-level separators.</summary>
internal static class BracketScanner
{
    /// <summary>The insides [open + 1, close) of the top-level （…） groups of <paramref name="span"/>.</summary>
    public static IEnumerable<Span> Groups(string text, Span span)
    {
        var depth = 0;
        var open = -1;
        for (var i = span.Start; i < span.End; i++)
        {
            if (text[i] == '（')
            {
                if (depth++ == 0)
                {
                    open = i;
                }
            }
            else if (text[i] == '）' && depth > 0 && --depth == 0)
            {
                yield return new Span(open + 1, i);
            }
        }
    }

    /// <summary>True when position <paramref name="at"/> of <paramref name="span"/> lies inside a bracket group.</summary>
    public static bool IsInsideGroup(string text, Span span, int at) =>
        Groups(text, span).Any(g => g.Start <= at && at < g.End);

    /// <summary>The pieces of <paramref name="span"/> between the separators that stand at depth zero, trimmed of spaces.</summary>
    public static IEnumerable<Span> Split(string text, Span span, string separators)
    {
        var depth = 0;
        var start = span.Start;
        for (var i = span.Start; i <= span.End; i++)
        {
            if (i < span.End)
            {
                var c = text[i];
                if (c == '（')
                {
                    depth++;
                }
                else if (c == '）' && depth > 0)
                {
                    depth--;
                }

                if (depth > 0 || separators.IndexOf(c) < 0)
                {
                    continue;
                }
            }

            var piece = Trim(text, new Span(start, i));
            if (piece.Length > 0)
            {
                yield return piece;
            }

            start = i + 1;
        }
    }

    /// <summary><paramref name="span"/> without spaces and line breaks at either end.</summary>
    public static Span Trim(string text, Span span)
    {
        var (start, end) = (span.Start, span.End);
        while (start < end && char.IsWhiteSpace(text[start]))
        {
            start++;
        }

        while (end > start && char.IsWhiteSpace(text[end - 1]))
        {
            end--;
        }

        return new Span(start, end);
    }
}
