namespace Gaoqing.Graph.Extraction.Mentions;

/// <summary>Finds the known phrases of a text, leftmost and longest first, without overlaps.</summary>
internal sealed class PhraseMatcher
{
    private readonly Dictionary<char, string[]> _phrasesByFirst;

    /// <summary>A matcher of the keys of <paramref name="phrases"/>.</summary>
    public PhraseMatcher(IEnumerable<string> phrases)
    {
        _phrasesByFirst = phrases
            .Where(p => p.Length > 1)
            .Distinct(StringComparer.Ordinal)
            .GroupBy(p => p[0])
            .ToDictionary(g => g.Key, g => g.OrderByDescending(p => p.Length).ThenBy(p => p, StringComparer.Ordinal).ToArray());
    }

    /// <summary>The spans of the phrases found in <paramref name="text"/>.</summary>
    public IEnumerable<Span> Matches(string text) => MatchesWithin(text, new Span(0, text.Length), text.Length);

    /// <summary>The spans of the phrases found strictly inside <paramref name="outer"/>: shorter than it, never the whole of it.</summary>
    public IEnumerable<Span> MatchesInside(string text, Span outer) => MatchesWithin(text, outer, outer.Length - 1);

    private IEnumerable<Span> MatchesWithin(string text, Span within, int maxLength)
    {
        var i = within.Start;
        while (i < within.End)
        {
            var length = LongestAt(text, i, Math.Min(maxLength, within.End - i));
            if (length > 0)
            {
                yield return new Span(i, i + length);
                i += length;
            }
            else
            {
                i++;
            }
        }
    }

    private int LongestAt(string text, int at, int maxLength)
    {
        if (!_phrasesByFirst.TryGetValue(text[at], out var candidates))
        {
            return 0;
        }

        foreach (var phrase in candidates)
        {
            if (phrase.Length <= maxLength && string.CompareOrdinal(text, at, phrase, 0, phrase.Length) == 0)
            {
                return phrase.Length;
            }
        }

        return 0;
    }
}
