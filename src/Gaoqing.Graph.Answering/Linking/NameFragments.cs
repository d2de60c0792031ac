using Gaoqing.Graph.Text.Segmentation;

namespace Gaoqing.Graph.Answering.Linking;

/// <summary>Every part of four or more characters of the task titles and project names (quotation marks dropped), with the
/// tasks or projects whose name holds it: finds the longest part of a question that is part of such a name, so that
/// "可再生能源那块" reads as the task 积极发展可再生能源 and "马扎子引黄涵闸" as the project 马扎子引黄涵闸改建. A part made only of
/// the verbs every title uses (加快推进, 推进建设) names nothing.</summary>
/// <remarks>Only the four-character parts are indexed (so memory grows with the names' length, not its square); a longer
/// part is found among the names holding its first four characters, and a scattered one among the names holding its
/// rarest character.</remarks>
internal sealed class NameFragments
{
    /// <summary>The shortest part of a name that is read as naming it.</summary>
    public const int MinimumLength = 4;
    private const string Quotes = "“”‘’\"'《》「」";
    private const int MaximumGap = 2;
    private const int MaximumSkipped = 3;
    private const int LongestScatteredQuestion = 50;
    private static readonly HashSet<string> GenericWords =
    [
        "加快", "推进", "推动", "提升", "加强", "实施", "持续", "全面", "积极", "深化", "大力", "发展", "建设", "打造", "构建", "完善",
        "强化", "促进", "扎实", "开展", "深度", "有序", "稳步", "分类", "高质量", "培育", "壮大", "融入", "落实", "保障", "守住", "创新",
        "规范", "重大", "工作", "行动", "体系", "能力", "水平", "质量", "高效", "利用", "加快推进", "全方位", "进一步",
    ];
    private readonly List<(string Name, LexiconEntry Entry)> _names = [];
    private readonly Dictionary<string, List<int>>.AlternateLookup<ReadOnlySpan<char>> _byFirstPart =
        new Dictionary<string, List<int>>(StringComparer.Ordinal).GetAlternateLookup<ReadOnlySpan<char>>();
    private readonly Dictionary<char, List<int>> _byCharacter = [];
    private readonly int _longest;

    /// <summary>The parts of the names of <paramref name="entries"/> (task or project readings).</summary>
    public NameFragments(IEnumerable<LexiconEntry> entries)
    {
        ArgumentNullException.ThrowIfNull(entries);
        foreach (var entry in entries)
        {
            var name = string.Concat(entry.Name.Where(c => !Quotes.Contains(c, StringComparison.Ordinal) && !char.IsWhiteSpace(c)));
            var index = _names.Count;
            _names.Add((name, entry));
            _longest = Math.Max(_longest, name.Length);
            for (var start = 0; start + MinimumLength <= name.Length; start++)
            {
                AddOnce(_byFirstPart.Dictionary, name.Substring(start, MinimumLength), index);
            }

            foreach (var character in name)
            {
                AddOnce(_byCharacter, character, index);
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
            if (!_byFirstPart.TryGetValue(question.AsSpan(start, MinimumLength), out var candidates))
            {
                continue;
            }

            var most = Math.Min(_longest, question.Length - start);
            for (var length = most; length >= MinimumLength && length > (best?.Length ?? 0); length--)
            {
                var span = question.Substring(start, length);
                var entries = Holding(candidates, name => name.Contains(span, StringComparison.Ordinal));
                if (entries.Length > 0 && free(start, length) && Specific(span))
                {
                    var projects = entries.Where(e => e.Kind == EntityKind.Project).ToArray();
                    best = (start, length, projects.Length > 0 ? projects : entries);
                }
            }
        }

        return best;
    }

    /// <summary>The longest span of <paramref name="question"/> whose every position is <paramref name="free"/> and whose
    /// characters one name holds in order with a few left out (乡村振兴 in 分类推进乡村全面振兴: at most two together, three in
    /// all), when only one name does; null otherwise.</summary>
    public (int Start, int Length, IReadOnlyList<LexiconEntry> Entries)? Scattered(string question, Func<int, int, bool> free)
    {
        ArgumentNullException.ThrowIfNull(question);
        ArgumentNullException.ThrowIfNull(free);
        if (question.Length > LongestScatteredQuestion)
        {
            return null;
        }

        for (var length = Math.Min(_longest, question.Length); length >= MinimumLength; length--)
        {
            for (var start = 0; start + length <= question.Length; start++)
            {
                if (!free(start, length) || !Specific(question.Substring(start, length)))
                {
                    continue;
                }

                var span = question.Substring(start, length);
                var rarest = span.Select(c => _byCharacter.GetValueOrDefault(c)).MinBy(names => names?.Count ?? 0);
                if (rarest is null)
                {
                    continue;
                }

                var holders = rarest.Select(index => _names[index]).Where(n => HeldInOrder(span, n.Name)).ToArray();
                if (holders.Length > 0 && holders.All(h => h.Name == holders[0].Name))
                {
                    return (start, length, holders.Select(h => h.Entry).ToArray());
                }
            }
        }

        return null;
    }

    /// <summary>True when <paramref name="span"/> says more than the verbs every title uses (加快推进 and 推进城市 name no task; 乡村振兴
    /// does): its words other than those hold three or more characters.</summary>
    private static bool Specific(string span) =>
        Segmenter.Default.Cut(span).Where(w => !GenericWords.Contains(w)).Sum(w => w.Length) >= 3;

    private static void AddOnce<TKey>(Dictionary<TKey, List<int>> index, TKey key, int name)
        where TKey : notnull
    {
        if (!index.TryGetValue(key, out var names))
        {
            names = [];
            index[key] = names;
        }

        if (names.Count == 0 || names[^1] != name)
        {
            names.Add(name);
        }
    }

    /// <summary>The entries, each once and in the order given, of the <paramref name="candidates"/> whose name <paramref name="holds"/>.</summary>
    private LexiconEntry[] Holding(List<int> candidates, Func<string, bool> holds) =>
        [.. candidates.Where(index => holds(_names[index].Name)).Select(index => _names[index].Entry).Distinct()];

    private static bool HeldInOrder(string span, string name)
    {
        var at = name.IndexOf(span[0], StringComparison.Ordinal);
        while (at >= 0)
        {
            var (position, skipped) = (at, 0);
            var matched = 1;
            for (; matched < span.Length; matched++)
            {
                var next = name.IndexOf(span[matched], position + 1);
                if (next < 0 || next - position - 1 > MaximumGap || (skipped += next - position - 1) > MaximumSkipped)
                {
                    break;
                }

                position = next;
            }

            if (matched == span.Length)
            {
                return true;
            }

            at = name.IndexOf(span[0], at + 1);
        }

        return false;
    }
}
