namespace Gaoqing.Graph.Text.Normalization;

/// <summary>Text after normalization, with a map from every normalized offset back to the original text.</summary>
public sealed class NormalizedText
{
    private readonly int[] _origins;

    internal NormalizedText(string original, string text, int[] origins)
    {
        Original = original;
        Text = text;
        _origins = origins;
    }

    /// <summary>The text as it was given.</summary>
    public string Original { get; }

    /// <summary>The normalized text: one paragraph a line, folded widths, no page marks or stray spaces.</summary>
    public string Text { get; }

    /// <summary>The offset in <see cref="Original"/> of the character at <paramref name="offset"/> of <see cref="Text"/>.</summary>
    public int ToOriginal(int offset)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(offset);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(offset, Text.Length);
        return offset == Text.Length ? Original.Length : _origins[offset];
    }

    /// <summary>The span of <see cref="Original"/> that the normalized span [start, end) was made from.</summary>
    public (int Start, int End) ToOriginalSpan(int start, int end)
    {
        ArgumentOutOfRangeException.ThrowIfGreaterThan(start, end);
        if (start == end)
        {
            var at = ToOriginal(start);
            return (at, at);
        }

        return (ToOriginal(start), ToOriginal(end - 1) + 1);
    }

    /// <summary>The original text behind the normalized span [start, end), page marks and line breaks included.</summary>
    public string OriginalSlice(int start, int end)
    {
        var (from, to) = ToOriginalSpan(start, end);
        return Original[from..to];
    }
}
