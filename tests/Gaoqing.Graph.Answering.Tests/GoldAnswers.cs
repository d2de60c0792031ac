using System.Globalization;
using System.Text.Json;

namespace Gaoqing.Graph.Answering.Tests;

/// <summary>Expected answers computed from the gold files: task numbers by lead or support unit, units of a task, and
/// the values and units of an indicator's measurements.</summary>
public sealed class GoldAnswers
{
    private readonly List<(int Number, string[] Lead, string[] Support)> _tasks = [];
    private readonly List<(string DocNumber, int Year, string Kind, string Keyword, double Value, string Unit)> _measurements = [];

    /// <summary>Reads the gold files of <paramref name="goldDir"/>.</summary>
    public GoldAnswers(string goldDir)
    {
        using (var keyTasks = JsonDocument.Parse(File.ReadAllText(Path.Combine(goldDir, "gaoqing-2023-key-tasks.gold.json"))))
        {
            foreach (var task in keyTasks.RootElement.GetProperty("tasks").EnumerateArray())
            {
                _tasks.Add((task.GetProperty("number").GetInt32(), Strings(task.GetProperty("lead")), Strings(task.GetProperty("support"))));
            }
        }

        foreach (var name in new[] { "gaoqing-2023-key-tasks.measurements.gold.json", "gaoqing-2024-plan.measurements.gold.json" })
        {
            using var file = JsonDocument.Parse(File.ReadAllText(Path.Combine(goldDir, name)));
            var docNumber = file.RootElement.GetProperty("docNumber").GetString()!;
            foreach (var m in file.RootElement.GetProperty("measurements").EnumerateArray())
            {
                _measurements.Add((docNumber, m.GetProperty("year").GetInt32(), m.GetProperty("kind").GetString()!, m.GetProperty("keyword").GetString()!,
                    m.GetProperty("value").GetDouble(), m.GetProperty("unit").GetString()!));
            }
        }
    }

    /// <summary>The numbers of the tasks <paramref name="unit"/> leads.</summary>
    public SortedSet<int> LedBy(string unit) => new(_tasks.Where(t => t.Lead.Contains(unit)).Select(t => t.Number));

    /// <summary>The numbers of the tasks <paramref name="unit"/> supports.</summary>
    public SortedSet<int> SupportedBy(string unit) => new(_tasks.Where(t => t.Support.Contains(unit)).Select(t => t.Number));

    /// <summary>The lead units of task <paramref name="number"/>.</summary>
    public SortedSet<string> Leads(int number) => new(_tasks.Single(t => t.Number == number).Lead, StringComparer.Ordinal);

    /// <summary>The supporting units of task <paramref name="number"/>.</summary>
    public SortedSet<string> Supports(int number) => new(_tasks.Single(t => t.Number == number).Support, StringComparer.Ordinal);

    /// <summary>How many tasks the key-task document lists.</summary>
    public int TaskCount => _tasks.Count;

    /// <summary>The units that share at least one task with <paramref name="unit"/>, as lead or support.</summary>
    public SortedSet<string> PartnersOf(string unit) =>
        new(_tasks.Where(t => t.Lead.Contains(unit) || t.Support.Contains(unit)).SelectMany(t => t.Lead.Concat(t.Support)).Where(u => u != unit), StringComparer.Ordinal);

    /// <summary>The units that lead the most tasks.</summary>
    public SortedSet<string> TopLeads() => Most(_tasks.SelectMany(t => t.Lead));

    /// <summary>The units that support the most tasks.</summary>
    public SortedSet<string> TopSupports() => Most(_tasks.SelectMany(t => t.Support));

    /// <summary>The "value unit" strings of the gold measurements of a document, year, kind and keyword.</summary>
    public SortedSet<string> Measurements(string docNumber, int year, string kind, string keyword) =>
        new(_measurements.Where(m => m.DocNumber == docNumber && m.Year == year && m.Kind == kind && m.Keyword == keyword)
            .Select(m => ValueUnit(m.Value, m.Unit)), StringComparer.Ordinal);

    /// <summary>A value and unit written the same way for gold and answers.</summary>
    public static string ValueUnit(double value, string unit) => value.ToString("0.###", CultureInfo.InvariantCulture) + " " + unit;

    private static SortedSet<string> Most(IEnumerable<string> units)
    {
        var counts = units.GroupBy(u => u).Select(g => (Unit: g.Key, Count: g.Count())).ToArray();
        var max = counts.Max(c => c.Count);
        return new(counts.Where(c => c.Count == max).Select(c => c.Unit), StringComparer.Ordinal);
    }

    private static string[] Strings(JsonElement array) => array.EnumerateArray().Select(e => e.GetString()!).ToArray();
}
