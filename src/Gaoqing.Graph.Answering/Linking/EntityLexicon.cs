using System.Reflection;
using Gaoqing.Graph.Answering.Graph;
using Gaoqing.Graph.Extraction.Resolution;

namespace Gaoqing.Graph.Answering.Linking;

/// <summary>Every written form the linker knows (units and their aliases, task titles, projects, places, indicators and
/// their everyday names, document numbers), each mapped to what it can stand for.</summary>
/// <remarks>Built from one <see cref="GraphView"/> plus the department lexicon and the embedded unit and indicator aliases.
/// A form's readings are ordered by kind, then (for units) one the graph holds before a name it does not, then in the
/// order they were added: the graph's own names and aliases first, everyday names last.</remarks>
public sealed class EntityLexicon
{
    private const int MinimumIndicatorLength = 3;
    private readonly Dictionary<string, List<LexiconEntry>> _entries = new(StringComparer.OrdinalIgnoreCase);
    private readonly Dictionary<string, List<LexiconEntry>>.AlternateLookup<ReadOnlySpan<char>> _lookup;

    /// <summary>Builds the lexicon of <paramref name="view"/>.</summary>
    public EntityLexicon(GraphView view)
    {
        ArgumentNullException.ThrowIfNull(view);
        var departmentIds = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var department in view.Departments)
        {
            var entry = new LexiconEntry(EntityKind.Department, department.DisplayName(), department.Id);
            departmentIds[entry.Name] = department.Id;
            foreach (var form in DepartmentForms(entry.Name, department.List("aliases")))
            {
                Add(form, entry);
            }
        }

        foreach (var known in DepartmentLexicon.Shared.KnownNames)
        {
            var canonical = DepartmentLexicon.Shared.Resolve(known);
            var entry = new LexiconEntry(EntityKind.Department, canonical, departmentIds.GetValueOrDefault(canonical));
            foreach (var form in DepartmentForms(known, []))
            {
                Add(form, entry);
            }
        }

        foreach (var (alias, canonical) in ReadPairs("department-aliases.tsv"))
        {
            if (departmentIds.TryGetValue(canonical, out var id))
            {
                foreach (var form in DepartmentForms(alias, []))
                {
                    Add(form, new LexiconEntry(EntityKind.Department, canonical, id));
                }
            }
        }

        var projectIds = view.Projects.ToDictionary(p => p.DisplayName(), p => p.Id, StringComparer.Ordinal);
        foreach (var (name, alias) in LexiconAliases("projects.tsv", 1))
        {
            Add(alias, new LexiconEntry(EntityKind.Project, name, projectIds.GetValueOrDefault(name)));
        }

        var placeIds = view.Places.ToDictionary(p => p.DisplayName(), p => p.Id, StringComparer.Ordinal);
        foreach (var (name, alias) in LexiconAliases("places.tsv", 2))
        {
            Add(alias, new LexiconEntry(EntityKind.Place, name, placeIds.GetValueOrDefault(name)));
        }

        foreach (var project in view.Projects)
        {
            var entry = new LexiconEntry(EntityKind.Project, project.DisplayName(), project.Id);
            Add(entry.Name, entry);
            Add(TrimEnd(entry.Name, "项目", "工程"), entry);
            if (Bracketed(entry.Name) is { } inner)
            {
                Add(inner, entry);
                Add(inner + "项目", entry);
            }
        }

        foreach (var place in view.Places)
        {
            var entry = new LexiconEntry(EntityKind.Place, place.DisplayName(), place.Id);
            Add(entry.Name, entry);
            Add(TrimEnd(entry.Name, "街道"), entry);
        }

        foreach (var task in view.Tasks)
        {
            if (task.Text("title") is { Length: >= 4 } title)
            {
                Add(title, new LexiconEntry(EntityKind.Task, title, task.Id));
            }
        }

        foreach (var indicator in view.Indicators)
        {
            var name = indicator.DisplayName();
            if (name.Length >= MinimumIndicatorLength)
            {
                Add(name, new LexiconEntry(EntityKind.Indicator, name, indicator.Id));
            }
        }

        foreach (var (alias, name) in ReadPairs("indicator-aliases.tsv"))
        {
            Add(alias, new LexiconEntry(EntityKind.Indicator, name, null));
        }

        foreach (var document in view.Documents)
        {
            var entry = new LexiconEntry(EntityKind.Document, document.Text("docNumber") ?? document.DisplayName(), document.Id);
            Add(entry.Name, entry);
            foreach (var form in DocumentNumberForms(entry.Name))
            {
                Add(form, entry);
            }
        }

        foreach (var list in _entries.Values)
        {
            var ordered = list.OrderBy(e => e.Kind).ThenBy(e => e.Kind == EntityKind.Department && e.NodeId is null).ToArray();
            list.Clear();
            list.AddRange(ordered);
        }

        Departments = _entries.Where(p => p.Value.Any(e => e.Kind == EntityKind.Department))
            .Select(p => (p.Key, p.Value.First(e => e.Kind == EntityKind.Department)))
            .OrderBy(p => p.Key, StringComparer.Ordinal)
            .ToArray();
        MaxLength = _entries.Keys.Max(k => (int?)k.Length) ?? 0;
        _lookup = _entries.GetAlternateLookup<ReadOnlySpan<char>>();
    }

    /// <summary>The longest written form, in characters.</summary>
    public int MaxLength { get; }

    /// <summary>Every written form of a unit with the unit it stands for, in ordinal order of the form.</summary>
    public IReadOnlyList<(string Form, LexiconEntry Entry)> Departments { get; }

    /// <summary>What <paramref name="form"/> can stand for, best first; null when it is not a known form.</summary>
    public IReadOnlyList<LexiconEntry>? Find(ReadOnlySpan<char> form) =>
        _lookup.TryGetValue(form, out var entries) ? entries : null;

    private static IEnumerable<string> DepartmentForms(string name, IReadOnlyList<string> aliases)
    {
        foreach (var form in aliases.Prepend(name))
        {
            yield return form;
            if (form.Length > 3 && form[0] is '县' or '市')
            {
                yield return form[1..];
            }

            if (form.Contains("高青", StringComparison.Ordinal) && form.Length > 5)
            {
                yield return form.Replace("高青", string.Empty, StringComparison.Ordinal);
            }

            if (form[0] is not ('县' or '市' or '省'))
            {
                yield return "县" + form;
            }
        }
    }

    /// <summary>How people shorten a document number: 高政办字〔2023〕20号 is also 20号文 and 20号文件.</summary>
    private static IEnumerable<string> DocumentNumberForms(string docNumber)
    {
        var open = docNumber.IndexOf('〔', StringComparison.Ordinal);
        var close = docNumber.IndexOf('〕', StringComparison.Ordinal);
        if (open < 0 || close < open || !docNumber.EndsWith('号'))
        {
            yield break;
        }

        var number = docNumber[(close + 1)..^1];
        yield return number + "号文";
        yield return number + "号文件";
    }

    private static string? Bracketed(string name)
    {
        var open = name.IndexOf('（', StringComparison.Ordinal);
        var close = name.IndexOf('）', StringComparison.Ordinal);
        return open >= 0 && close > open + 2 ? name[(open + 1)..close] : null;
    }

    private static string TrimEnd(string name, params string[] suffixes)
    {
        foreach (var suffix in suffixes)
        {
            if (name.Length >= suffix.Length + 2 && name.EndsWith(suffix, StringComparison.Ordinal))
            {
                return name[..^suffix.Length];
            }
        }

        return name;
    }

    private static IEnumerable<(string Alias, string Name)> ReadPairs(string file)
    {
        foreach (var cells in ReadRows(file))
        {
            if (cells.Length != 2 || cells[0].Length == 0 || cells[1].Length == 0)
            {
                throw new InvalidDataException($"{file}: bad row '{string.Join('\t', cells)}'");
            }

            yield return (cells[0], cells[1]);
        }
    }

    private static IEnumerable<(string Name, string Alias)> LexiconAliases(string file, int aliasColumn)
    {
        foreach (var cells in ReadRows(file))
        {
            var aliases = cells.Length > aliasColumn ? cells[aliasColumn].Split('|', StringSplitOptions.RemoveEmptyEntries) : [];
            foreach (var alias in aliases.Prepend(cells[0]))
            {
                yield return (cells[0], alias);
            }
        }
    }

    private static List<string[]> ReadRows(string file)
    {
        using var stream = Assembly.GetExecutingAssembly().GetManifestResourceStream("Answering." + file)
            ?? throw new InvalidOperationException($"the embedded resource {file} is missing");
        using var reader = new StreamReader(stream);
        var rows = new List<string[]>();
        while (reader.ReadLine() is { } line)
        {
            if (line.Length > 0 && line[0] != '#')
            {
                rows.Add(line.Split('\t'));
            }
        }

        return rows;
    }

    private void Add(string form, LexiconEntry entry)
    {
        if (form.Length < 2)
        {
            return;
        }

        if (!_entries.TryGetValue(form, out var list))
        {
            list = [];
            _entries[form] = list;
        }

        if (!list.Contains(entry))
        {
            list.Add(entry);
        }
    }
}
