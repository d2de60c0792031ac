namespace Gaoqing.Graph.Model.Tracing;

/// <summary>Clauses of normalized text: the runs between commas, semicolons, full stops and line breaks.</summary>
internal static class Clauses
{
    private const string Breaks = "，；。！？：\n";

    /// <summary>The clause holding the span <paramref name="start"/>..<paramref name="end"/>.</summary>
    public static (int Start, int End) Around(string text, int start, int end)
    {
        var from = start;
        while (from > 0 && !Breaks.Contains(text[from - 1]))
        {
            from--;
        }

        var to = Math.Max(end, start);
        while (to < text.Length && !Breaks.Contains(text[to]))
        {
            to++;
        }

        return (from, to);
    }

    /// <summary>Every non-empty clause of <paramref name="text"/>.</summary>
    public static IEnumerable<(int Start, int End)> All(string text)
    {
        var start = 0;
        for (var i = 0; i <= text.Length; i++)
        {
            if (i == text.Length || Breaks.Contains(text[i]))
            {
                if (i > start)
                {
                    yield return (start, i);
                }

                start = i + 1;
            }
        }
    }
}
