namespace Gaoqing.Graph.Extraction.Mentions;

/// <summary>Finds the projects, places and departments that running text names, outside responsibility clauses.</summary>
/// <remarks>
/// Names come from the lexicon only: without word boundaries, patterns such as "two characters before 镇" find more
/// verbs (启动城镇, 打造乡…) than towns. A name that is both a place and a unit (经济开发区) counts as a place.
/// </remarks>
internal static class MentionReader
{
    /// <summary>The mentions of <paramref name="text"/> that do not overlap the responsibility spans.</summary>
    public static IReadOnlyList<Mention> Read(string text, IReadOnlyList<ExtractedTask> tasks)
    {
        var lexicon = MentionLexicon.Shared;
        var taken = tasks.SelectMany(t => t.Responsibilities).Select(r => r.Span).OrderBy(s => s.Start).ToList();
        var mentions = new List<Mention>();
        foreach (var span in lexicon.Matcher.Matches(text))
        {
            if (!Overlaps(taken, span))
            {
                var written = span.Slice(text);
                var (kind, name, placeKind) = lexicon[written];
                mentions.Add(new Mention(kind, name, written, placeKind, span));
            }
        }

        return mentions;
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
