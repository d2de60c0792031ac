namespace Gaoqing.Graph.Text.Segmentation;

/// <summary>The tag jieba-rs gives a token that is not in the dictionary.</summary>
internal static class PartOfSpeech
{
    /// <summary>"x" with no ASCII letter or digit, "m" if all of those are digits, otherwise "eng".</summary>
    public static string ForUnknown(ReadOnlySpan<char> word)
    {
        var alphanumeric = 0;
        var digits = 0;
        foreach (var unit in word)
        {
            if (char.IsAsciiLetterOrDigit(unit))
            {
                alphanumeric++;
                if (char.IsAsciiDigit(unit))
                {
                    digits++;
                }
            }
        }

        return alphanumeric == 0 ? "x" : alphanumeric == digits ? "m" : "eng";
    }
}
