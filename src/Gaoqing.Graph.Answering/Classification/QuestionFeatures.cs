using Gaoqing.Graph.Text.Segmentation;

namespace Gaoqing.Graph.Answering.Classification;

/// <summary>The features of a masked question, read in its plain wording (<see cref="ColloquialPhrases"/>): character 1- to
/// 3-grams, the segmenter's tokens (placeholders count as characters and as tokens of their own), and whether it denies.</summary>
public static class QuestionFeatures
{
    /// <summary>The distinct features of <paramref name="masked"/>.</summary>
    public static HashSet<string> Of(string masked)
    {
        ArgumentNullException.ThrowIfNull(masked);
        var features = new HashSet<string>(StringComparer.Ordinal);
        var text = string.Concat(ColloquialPhrases.Plain(masked).Where(c => !char.IsWhiteSpace(c) && !char.IsPunctuation(c) && !char.IsSymbol(c)));
        for (var n = 1; n <= 3; n++)
        {
            for (var i = 0; i + n <= text.Length; i++)
            {
                features.Add(string.Concat("c", n.ToString(System.Globalization.CultureInfo.InvariantCulture), ":", text.AsSpan(i, n)));
            }
        }

        if (Negated(text))
        {
            features.Add("negated");
        }

        var start = 0;
        for (var i = 0; i <= text.Length; i++)
        {
            if (i < text.Length && !IsPlaceholder(text[i]))
            {
                continue;
            }

            if (i > start)
            {
                foreach (var token in Segmenter.Default.Cut(text[start..i]))
                {
                    features.Add("w:" + token);
                }
            }

            if (i < text.Length)
            {
                features.Add("w:" + text[i]);
            }

            start = i + 1;
        }

        return features;
    }

    /// <summary>True when the question denies (没完成, 未达到, 不达标, 落空) rather than asks whether (有没有).</summary>
    private static bool Negated(string text)
    {
        var asked = text.Replace("有没有", string.Empty, StringComparison.Ordinal);
        return asked.Contains('没') || asked.Contains('未') || asked.Contains('不') || asked.Contains("落空", StringComparison.Ordinal);
    }

    private static bool IsPlaceholder(char c) => c is >= '\uE000' and <= '\uE0FF';
}
