using Gaoqing.Graph.Extraction.Resolution;

namespace Gaoqing.Graph.Extraction.Mentions;

/// <summary>The known projects, places and departments with the name each written form stands for.</summary>
internal sealed class MentionLexicon
{
    private readonly Dictionary<string, (MentionKind Kind, string Name, string? PlaceKind)> _entries = new(StringComparer.Ordinal);

    private MentionLexicon(DepartmentLexicon departments)
    {
        foreach (var row in LexiconFile.ReadRows("places.tsv"))
        {
            foreach (var written in LexiconFile.List(row, 2).Prepend(row[0]))
            {
                _entries.TryAdd(written, (MentionKind.Place, row[0], row.Length > 1 ? row[1] : null));
            }
        }

        foreach (var row in LexiconFile.ReadRows("projects.tsv"))
        {
            foreach (var written in LexiconFile.List(row, 1).Prepend(row[0]))
            {
                _entries.TryAdd(written, (MentionKind.Project, row[0], null));
            }
        }

        foreach (var written in departments.KnownNames)
        {
            _entries.TryAdd(written, (MentionKind.Department, departments.Resolve(written), null));
        }

        Matcher = new PhraseMatcher(_entries.Keys);
        PlaceMatcher = new PhraseMatcher(_entries.Where(e => e.Value.Kind == MentionKind.Place).Select(e => e.Key));
    }

    /// <summary>The lexicon embedded in this assembly.</summary>
    public static MentionLexicon Shared { get; } = new(DepartmentLexicon.Shared);

    /// <summary>Finds every written form of the lexicon.</summary>
    public PhraseMatcher Matcher { get; }

    /// <summary>Finds the written forms of places only, such as those named inside a longer name.</summary>
    public PhraseMatcher PlaceMatcher { get; }

    /// <summary>What the written form <paramref name="written"/> stands for.</summary>
    public (MentionKind Kind, string Name, string? PlaceKind) this[string written] => _entries[written];
}
