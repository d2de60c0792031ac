namespace Gaoqing.Graph.Extraction.Resolution;

/// <summary>Resolves the ways a unit is written (发改局, 县发展和改革局, 市发改局) to one canonical name and level.</summary>
/// <remarks>
/// Known names come from graph-seed/lexicon/departments.tsv. A name with a 县/市/省/区 prefix whose rest is a known
/// unit's name without prefix takes that unit's canonical form under its own prefix (市发改局 → 市发展改革局); a long
/// official form is tried in its shorter forms too (县农业和农村局, 县交通运输管理局); any other name is kept as written.
/// </remarks>
public sealed class DepartmentLexicon
{
    private const string Prefixes = "县市省区";
    private static readonly (string Long, string Short)[] Shortenings =
    [
        ("和", ""),
        ("监督管理", "监管"),
        ("管理局", "局"),
        ("事务局", "局"),
        ("委员会", "委"),
    ];
    private readonly Dictionary<string, string> _canonicalByName = new(StringComparer.Ordinal);
    private readonly Dictionary<string, string> _canonicalCoreByCore = new(StringComparer.Ordinal);
    private readonly Dictionary<string, (string Level, string[] Aliases)> _entries = new(StringComparer.Ordinal);

    private DepartmentLexicon()
    {
        foreach (var row in LexiconFile.ReadRows("departments.tsv"))
        {
            var canonical = row[0];
            var aliases = LexiconFile.List(row, 1);
            var level = row.Length > 2 ? row[2] : LevelOf(canonical);
            _entries[canonical] = (level, aliases);
            _canonicalByName[canonical] = canonical;
            foreach (var alias in aliases)
            {
                _canonicalByName.TryAdd(alias, canonical);
            }

            if (HasPrefix(canonical))
            {
                var core = canonical[1..];
                _canonicalCoreByCore.TryAdd(core, core);
                foreach (var alias in aliases)
                {
                    _canonicalCoreByCore.TryAdd(alias[0] == canonical[0] ? alias[1..] : alias, core);
                }
            }
        }
    }

    /// <summary>The lexicon embedded in this assembly.</summary>
    public static DepartmentLexicon Shared { get; } = new();

    /// <summary>Every name the lexicon knows (canonical names and aliases), for finding units in running text.</summary>
    public IEnumerable<string> KnownNames => _canonicalByName.Keys;

    /// <summary>True when <paramref name="written"/> is a name of the lexicon or a prefixed form of one.</summary>
    public bool IsKnown(string written) =>
        _canonicalByName.ContainsKey(written) || HasPrefix(written) && _canonicalCoreByCore.ContainsKey(written[1..]);

    /// <summary>The canonical name of the unit written as <paramref name="written"/>.</summary>
    public string Resolve(string written)
    {
        foreach (var form in Variants(written))
        {
            if (_canonicalByName.TryGetValue(form, out var canonical))
            {
                return canonical;
            }

            if (HasPrefix(form) && _canonicalCoreByCore.TryGetValue(form[1..], out var core))
            {
                return form[0] + core;
            }
        }

        return written;
    }

    /// <summary>The name as written, then the shorter official forms of it (发展和改革 → 发展改革, 事务局 → 局 …).</summary>
    private static IEnumerable<string> Variants(string written)
    {
        yield return written;
        var shortened = written;
        foreach (var (longForm, shortForm) in Shortenings)
        {
            var once = written.Replace(longForm, shortForm, StringComparison.Ordinal);
            if (once != written)
            {
                yield return once;
            }

            shortened = shortened.Replace(longForm, shortForm, StringComparison.Ordinal);
        }

        if (shortened != written)
        {
            yield return shortened;
        }
    }

    /// <summary>The lexicon's aliases of a canonical name (none for units the lexicon does not know).</summary>
    public IReadOnlyList<string> AliasesOf(string canonical) =>
        _entries.TryGetValue(canonical, out var entry) ? entry.Aliases : [];

    /// <summary>county, city or province: from the lexicon, else from the name's prefix.</summary>
    public string LevelOfUnit(string canonical) =>
        _entries.TryGetValue(canonical, out var entry) ? entry.Level : LevelOf(canonical);

    private static string LevelOf(string name) => name[0] switch
    {
        '市' => "city",
        '省' => "province",
        _ => "county",
    };

    private static bool HasPrefix(string name) => name.Length > 2 && Prefixes.Contains(name[0]);
}
