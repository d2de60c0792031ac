namespace Gaoqing.Graph.Extraction.Mentions;

/// <summary>Finds the projects, places and departments that running text names, outside responsibility clauses.</summary>
/// <remarks>A name that is both a place and a unit (经济开发区) counts as a place in running text.</remarks>
internal static class MentionReader
{
    /// <summary>The mentions of <paramref name="text"/> that do not overlap the responsibility spans.</summary>
    public static IReadOnlyList<Mention> Read(string text, IReadOnlyList<ExtractedTask> tasks)
    {
        var lexicon = MentionLexicon.Shared;
        var taken = tasks.SelectMany(t => t.Responsibilities).Select(r => r.Span).ToList();
        var mentions = new List<Mention>();
        foreach (var span in lexicon.Matcher.Matches(text))
        {
            if (taken.Any(t => t.Start < span.End && span.Start < t.End))
            {
                continue;
            }

            var written = span.Slice(text);
            var (kind, name, placeKind) = lexicon[written];
            mentions.Add(new Mention(kind, name, written, placeKind, span));
        }

        return mentions;
    }
}
