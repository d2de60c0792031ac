namespace Gaoqing.Graph.Model.Tracing;

/// <summary>One canonical name per real indicator: the aliases of graph-seed/lexicon/indicators.tsv and the rules for unseen names.</summary>
/// <remarks>
/// A name is first brought to its normal form by <see cref="IndicatorNameRules"/>; a known alias then gives its canonical
/// name. A rate of change (…增长) resolves its base indicator and keeps the growth word (GDP增长 → 地区生产总值增长).
/// </remarks>
public sealed class IndicatorLexicon
{
    private const string ResourceName = "Lexicon.indicators.tsv";
    private readonly Dictionary<string, string> _canonicalByAlias = new(StringComparer.Ordinal);
    private readonly Dictionary<string, IReadOnlyList<string>> _aliasesByCanonical = new(StringComparer.Ordinal);

    private IndicatorLexicon(IEnumerable<string> lines)
    {
        foreach (var line in lines)
        {
            if (line.Length == 0 || line.StartsWith('#'))
            {
                continue;
            }

            var fields = line.Split('\t');
            var canonical = fields[0].Trim();
            var aliases = fields.Length > 1
                ? fields[1].Split('|', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
                : [];
            _aliasesByCanonical[canonical] = aliases;
            _canonicalByAlias.TryAdd(IndicatorNameRules.Normalize(canonical), canonical);
            foreach (var alias in aliases)
            {
                _canonicalByAlias.TryAdd(IndicatorNameRules.Normalize(alias), canonical);
            }
        }
    }

    /// <summary>The lexicon embedded from graph-seed/lexicon/indicators.tsv.</summary>
    public static IndicatorLexicon Shared { get; } = Load();

    /// <summary>A lexicon of the tab-separated <paramref name="lines"/> (canonical name, then aliases separated by |).</summary>
    public static IndicatorLexicon FromLines(IEnumerable<string> lines) => new(lines);

    /// <summary>The canonical name of the indicator written <paramref name="written"/> in a figure's <paramref name="phrase"/>.</summary>
    public string Resolve(string written, string? phrase = null)
    {
        var name = IndicatorNameRules.Normalize(written, phrase);
        if (_canonicalByAlias.TryGetValue(name, out var canonical))
        {
            return canonical;
        }

        return IndicatorNameRules.BaseOfGrowth(name) is { } growing && _canonicalByAlias.TryGetValue(growing, out var baseName)
            ? baseName + IndicatorNameRules.Growth
            : name;
    }

    /// <summary>The aliases the lexicon lists for <paramref name="canonical"/> (none for an unlisted name).</summary>
    public IReadOnlyList<string> AliasesOf(string canonical)
    {
        if (_aliasesByCanonical.TryGetValue(canonical, out var aliases))
        {
            return aliases;
        }

        return IndicatorNameRules.BaseOfGrowth(canonical) is { } growing && _aliasesByCanonical.TryGetValue(growing, out var baseAliases)
            ? baseAliases.Select(a => a + IndicatorNameRules.Growth).ToArray()
            : [];
    }

    private static IndicatorLexicon Load()
    {
        using var stream = typeof(IndicatorLexicon).Assembly.GetManifestResourceStream(ResourceName)
            ?? throw new InvalidOperationException($"lexicon resource '{ResourceName}' is not embedded");
        using var reader = new StreamReader(stream);
        var lines = new List<string>();
        while (reader.ReadLine() is { } line)
        {
            lines.Add(line);
        }

        return new IndicatorLexicon(lines);
    }
}
