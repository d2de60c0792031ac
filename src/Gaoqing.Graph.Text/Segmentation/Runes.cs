namespace Gaoqing.Graph.Text.Segmentation;

/// <summary>Steps over UTF-16 text one Unicode scalar value at a time; a lone surrogate counts as one unit on its own.</summary>
internal static class Runes
{
    /// <summary>The code point at <paramref name="index"/> (a lone surrogate yields its own value) and its length in code units.</summary>
    public static int At(ReadOnlySpan<char> text, int index, out int length)
    {
        var unit = text[index];
        if (char.IsHighSurrogate(unit) && index + 1 < text.Length && char.IsLowSurrogate(text[index + 1]))
        {
            length = 2;
            return char.ConvertToUtf32(unit, text[index + 1]);
        }

        length = 1;
        return unit;
    }

    /// <summary>The length in code units of the scalar value starting at <paramref name="index"/>.</summary>
    public static int LengthAt(ReadOnlySpan<char> text, int index) =>
        char.IsHighSurrogate(text[index]) && index + 1 < text.Length && char.IsLowSurrogate(text[index + 1]) ? 2 : 1;

    /// <summary>True if <paramref name="text"/> is exactly one scalar value (or one lone surrogate).</summary>
    public static bool IsSingle(ReadOnlySpan<char> text) =>
        text.Length == 1 || (text.Length == 2 && char.IsHighSurrogate(text[0]) && char.IsLowSurrogate(text[1]));

    /// <summary>The number of scalar values in <paramref name="text"/>, lone surrogates counted one each.</summary>
    public static int Count(ReadOnlySpan<char> text)
    {
        var count = 0;
        for (var i = 0; i < text.Length; i += LengthAt(text, i))
        {
            count++;
        }

        return count;
    }
}
