namespace Gaoqing.Graph.Extraction.Resolution;

/// <summary>Reads the tab-separated lexicon files embedded from graph-seed/lexicon.</summary>
internal static class LexiconFile
{
    /// <summary>The fields of each non-empty, non-comment row of the embedded file <paramref name="name"/>.</summary>
    public static IReadOnlyList<string[]> ReadRows(string name)
    {
        using var stream = typeof(LexiconFile).Assembly.GetManifestResourceStream("Lexicon." + name)
            ?? throw new InvalidOperationException($"lexicon resource '{name}' is not embedded");
        using var reader = new StreamReader(stream);
        var rows = new List<string[]>();
        while (reader.ReadLine() is { } line)
        {
            if (line.Length == 0 || line.StartsWith('#'))
            {
                continue;
            }

            rows.Add(line.Split('\t'));
        }

        return rows;
    }

    /// <summary>The names of a '|'-separated list field, or none when the row is shorter.</summary>
    public static string[] List(string[] row, int field) =>
        field < row.Length ? row[field].Split('|', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries) : [];
}
