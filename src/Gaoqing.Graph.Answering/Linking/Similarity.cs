namespace Gaoqing.Graph.Answering.Linking;

/// <summary>Character-bigram similarity of short Chinese strings, for near misses of names and titles.</summary>
public static class Similarity
{
    /// <summary>The Dice coefficient of the two strings' character bigrams (1 for equal strings, 0 for nothing shared).</summary>
    public static double Dice(string left, string right)
    {
        ArgumentNullException.ThrowIfNull(left);
        ArgumentNullException.ThrowIfNull(right);
        if (left == right)
        {
            return 1;
        }

        var a = Bigrams(left);
        var b = Bigrams(right);
        if (a.Count == 0 || b.Count == 0)
        {
            return 0;
        }

        var shared = 0;
        var remaining = new List<string>(b);
        foreach (var gram in a)
        {
            if (remaining.Remove(gram))
            {
                shared++;
            }
        }

        return 2.0 * shared / (a.Count + b.Count);
    }

    /// <summary>The share of <paramref name="name"/>'s bigrams that occur in <paramref name="text"/> (0 to 1).</summary>
    public static double Coverage(string name, string text)
    {
        ArgumentNullException.ThrowIfNull(name);
        ArgumentNullException.ThrowIfNull(text);
        var grams = Bigrams(name);
        if (grams.Count == 0)
        {
            return 0;
        }

        var found = grams.Count(g => text.Contains(g, StringComparison.Ordinal));
        return (double)found / grams.Count;
    }

    private static List<string> Bigrams(string text)
    {
        var grams = new List<string>(Math.Max(0, text.Length - 1));
        for (var i = 0; i + 1 < text.Length; i++)
        {
            grams.Add(text.Substring(i, 2));
        }

        return grams;
    }
}
