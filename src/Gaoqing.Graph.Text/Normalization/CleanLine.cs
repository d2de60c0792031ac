using System.Text;

namespace Gaoqing.Graph.Text.Normalization;

/// <summary>One source line with widths folded, invisible characters dropped and stray spaces removed.</summary>
internal sealed class CleanLine
{
    private CleanLine(string text, int[] origins)
    {
        Text = text;
        Origins = origins;
    }

    /// <summary>The cleaned text of the line.</summary>
    public string Text { get; }

    /// <summary>For each character of <see cref="Text"/>, its offset in the original document.</summary>
    public int[] Origins { get; }

    public int Length => Text.Length;

    /// <summary>Display width: two for CJK and full-width characters, one for the rest.</summary>
    public int Width
    {
        get
        {
            var width = 0;
            foreach (var c in Text)
            {
                width += c < '\u2000' ? 1 : 2;
            }

            return width;
        }
    }

    /// <summary>Cleans original[start..end).</summary>
    public static CleanLine From(string original, int start, int end)
    {
        var text = new StringBuilder(end - start);
        var origins = new List<int>(end - start);
        var pendingSpace = -1;
        for (var i = start; i < end; i++)
        {
            var raw = original[i];
            if (CharacterFolding.IsInvisible(raw) || char.IsSurrogate(raw) && !IsPairedSurrogate(original, i))
            {
                continue;
            }

            var before = i > start ? original[i - 1] : '\0';
            var after = i + 1 < end ? original[i + 1] : '\0';
            var c = CharacterFolding.Fold(raw, before, after);
            if (c == ' ')
            {
                if (pendingSpace < 0)
                {
                    pendingSpace = i;
                }

                continue;
            }

            if (pendingSpace >= 0 && text.Length > 0 && KeepsSpace(text[^1], c))
            {
                text.Append(' ');
                origins.Add(pendingSpace);
            }

            pendingSpace = -1;
            text.Append(c);
            origins.Add(i);
        }

        return new CleanLine(text.ToString(), origins.ToArray());
    }

    private static bool KeepsSpace(char before, char after) => before < '\u0080' && after < '\u0080';

    private static bool IsPairedSurrogate(string s, int i) =>
        char.IsHighSurrogate(s[i])
            ? i + 1 < s.Length && char.IsLowSurrogate(s[i + 1])
            : i > 0 && char.IsHighSurrogate(s[i - 1]);
}
