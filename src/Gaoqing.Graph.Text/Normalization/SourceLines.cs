namespace Gaoqing.Graph.Text.Normalization;

/// <summary>Splits text into lines at \n, \r\n, \r, form feeds and Unicode line and paragraph separators.</summary>
internal static class SourceLines
{
    /// <summary>The [start, end) spans of each line, without its line break.</summary>
    public static IEnumerable<(int Start, int End)> Split(string text)
    {
        var start = 0;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (c is '\n' or '\r' or '\f' or '\u2028' or '\u2029' or '\u0085')
            {
                yield return (start, i);
                if (c == '\r' && i + 1 < text.Length && text[i + 1] == '\n')
                {
                    i++;
                }

                start = i + 1;
            }
        }

        yield return (start, text.Length);
    }
}
