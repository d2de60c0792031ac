namespace Gaoqing.Graph.Answering.Linking;

/// <summary>Every part of four or more characters of the task titles and project names (quotation marks dropped), with the
/// tasks or projects whose name holds it: finds the longest part of a question that is part of such a name, so that
/// "可再生能源那块" reads as the task 积极发展可再生能源 and "马扎子引黄涵闸" as the project 马扎子引黄涵闸改建.</summary>
public sealed class NameFragments
{
    /// <summary>The shortest part of a name that is read as naming it.</summary>
    public const int MinimumLength = 4;
    private const string Quotes = "“”‘’\"'《》「」";
    private readonly Dictionary<string, List<LexiconEntry>> _byFragment = new(StringComparer.Ordinal);
    private readonly int _longest;

    /// <summary>The parts of the names of <paramref name="entries"/> (task or project readings).</summary>
    public NameFragments(IEnumerable<LexiconEntry> entries)
    {
        ArgumentNullException.ThrowIfNull(entries);
        foreach (var entry in entries)
        {
            var name = string.Concat(entry.Name.Where(c => !Quotes.Contains(c, StringComparison.Ordinal) && !char.IsWhiteSpace(c)));
            _longest = Math.Max(_longest, name.Length);
            for (var start = 0; start + MinimumLength <= name.Length; start++)
            {
                for (var length = MinimumLength; start + length <= name.Length; length++)
                {
                    var fragment = name.Substring(start, length);
                    if (!_byFragment.TryGetValue(fragment, out var list))
                    {
                        list = [];
                        _byFragment[fragment] = list;
                    }

                    if (!list.Contains(entry))
                    {
                        list.Add(entry);
                    }
                }
            }
        }
    }

    /// <summary>The longest span of <paramref name="question"/> whose every position is <paramref name="free"/> and that is part
    /// of a name, with the names holding it (projects only, when a project's name holds it); null when there is none.</summary>
    public (int Start, int Length, IReadOnlyList<LexiconEntry> Entries)? Longest(string question, Func<int, int, bool> free)
    {
        ArgumentNullException.ThrowIfNull(question);
        ArgumentNullException.ThrowIfNull(free);
        (int Start, int Length, IReadOnlyList<LexiconEntry> Entries)? best = null;
        for (var start = 0; start + MinimumLength <= question.Length; start++)
        {
            var most = Math.Min(_longest, question.Length - start);
            for (var length = most; length >= MinimumLength && length > (best?.Length ?? 0); length--)
            {
                if (_byFragment.TryGetValue(question.Substring(start, length), out var entries) && free(start, length))
                {
                    var projects = entries.Where(e => e.Kind == EntityKind.Project).ToArray();
                    best = (start, length, projects.Length > 0 ? projects : entries.ToArray());
                }
            }
        }

        return best;
    }
}
