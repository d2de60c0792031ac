namespace Gaoqing.Graph.Extraction.Structure;

/// <summary>The lines (paragraphs) of a normalized text as spans.</summary>
internal static class TextLines
{
    /// <summary>The span of each line, without its line break.</summary>
    public static IReadOnlyList<Span> Of(string text)
    {
        var lines = new List<Span>();
        var start = 0;
        for (var i = 0; i <= text.Length; i++)
        {
            if (i == text.Length || text[i] == '\n')
            {
                if (i > start)
                {
                    lines.Add(new Span(start, i));
                }

                start = i + 1;
            }
        }

        return lines;
    }
}
