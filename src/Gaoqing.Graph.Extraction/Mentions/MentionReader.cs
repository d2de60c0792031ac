namespace Gaoqing.Graph.Extraction.Mentions;

/// <summary>Finds the projects, places and departments that running text names, outside responsibility clauses.</summary>
/// <remarks>
/// Names come from the lexicon only: without word boundaries, patterns such as "two characters before 镇" find more
/// verbs (启动城镇, 打造乡…) than towns. A name that is both a place and a unit (经济开发区) counts as a place.
/// The longest name wins, and a place written inside the name of a project or of another place (田镇 in 田镇四街改造安置房,
/// 小清河 in 小清河临港物流园) is a place mentioned too, with its own span; one inside a department's name (黄河 in 县黄河河务局)
/// is not, nor is a written form of the same place (化工产业园 in 高青化工产业园).
/// </remarks>
internal static class MentionReader
{
    /// <summary>The mentions of <paramref name="text"/> that do not overlap the responsibility spans, in text order.</summary>
    public static IReadOnlyList<Mention> Read(string text, IReadOnlyList<ExtractedTask> tasks)
    {
        var lexicon = MentionLexicon.Shared;
        var taken = tasks.SelectMany(t => t.Responsibilities).Select(r => r.Span).OrderBy(s => s.Start).ToList();
        var mentions = new List<Mention>();
        foreach (var span in lexicon.Matcher.Matches(text))
        {
            if (!Overlaps(taken, span))
            {
                var mention = MentionAt(lexicon, text, span);
                mentions.Add(mention);
                if (mention.Kind != MentionKind.Department)
                {
                    mentions.AddRange(PlacesInside(lexicon, text, mention));
                }
            }
        }

        return mentions;
    }

    private static IEnumerable<Mention> PlacesInside(MentionLexicon lexicon, string text, Mention outer) =>
        lexicon.PlaceMatcher.MatchesInside(text, outer.Span)
            .Select(span => MentionAt(lexicon, text, span))
            .Where(inner => inner.Name != outer.Name);

    private static Mention MentionAt(MentionLexicon lexicon, string text, Span span)
    {
        var written = span.Slice(text);
        var (kind, name, placeKind) = lexicon[written];
        return new Mention(kind, name, written, placeKind, span);
    }

    private static bool Overlaps(List<Span> spans, Span span)
    {
        var at = spans.BinarySearch(span, Comparer<Span>.Create((a, b) => a.Start.CompareTo(b.Start)));
        var from = Math.Max(0, (at < 0 ? ~at : at) - 1);
        for (var i = from; i < spans.Count && spans[i].Start < span.End; i++)
        {
            if (span.Start < spans[i].End)
            {
                return true;
            }
        }

        return false;
    }
}
