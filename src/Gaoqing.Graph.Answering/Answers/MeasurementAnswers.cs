using System.Globalization;
using Gaoqing.Graph.Answering.Graph;
using Gaoqing.Graph.Answering.Linking;
using Gaoqing.Graph.Model;
using Gaoqing.Graph.Model.Building;

namespace Gaoqing.Graph.Answering.Answers;

/// <summary>Answers the figures of an indicator: every measurement whose indicator name contains the name asked for (or
/// is contained in it), narrowed to the year and to targets or actuals when the question says so.</summary>
public static class MeasurementAnswers
{
    private static readonly string[] TargetWords = ["目标", "计划", "预期", "力争", "要达到", "任务是"];
    private static readonly string[] ActualWords = ["实际", "完成了", "实现了", "达到了", "已经", "去年"];

    /// <summary>Answers a measurement question.</summary>
    public static Answer Answer(AnswerContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var names = context.Linked.Entities.SelectMany(e => e.Of(EntityKind.Indicator)).Select(e => e.Name).Distinct().ToArray();
        var found = context.View.Measurements.Where(m => Related(m.Text("indicator"), names)).ToList();
        var asked = string.Join("、", names);
        if (found.Count == 0)
        {
            return context.Make($"未找到「{asked}」的数据。", suggestions: ["2023年地区生产总值是多少"]);
        }

        var note = string.Empty;
        if (context.Linked.Years.ToArray() is [var year, ..])
        {
            var inYear = found.Where(m => m.Integer("year") == year).ToList();
            if (inYear.Count == 0)
            {
                note = string.Create(CultureInfo.InvariantCulture, $"未找到{year}年的「{asked}」，以下是其他年份的数据。");
            }
            else
            {
                found = inYear;
            }
        }

        found = Narrow(found, context.Says(TargetWords), "TARGET", ref note, $"未找到「{asked}」的目标，以下是实际数据。");
        found = Narrow(found, context.Says(ActualWords), "ACTUAL", ref note, $"未找到「{asked}」的实际数据，以下是目标。");
        var ordered = found
            .OrderByDescending(m => names.Contains(m.Text("indicator")))
            .ThenBy(m => m.Integer("year") ?? 0)
            .ThenBy(m => m.Text(Evidence.SourceDocument), StringComparer.Ordinal)
            .ThenBy(m => m.Integer(Evidence.SourceStart) ?? 0)
            .ToArray();
        var lines = ordered.Select(Describe);
        var evidence = ordered.Select(m => context.View.SentenceOf(m.Properties)).OfType<AnswerEvidence>().DistinctBy(e => (e.DocumentId, e.Start)).ToArray();
        return context.Make(note + string.Join("；", lines) + "。", measurements: ordered, evidence: evidence,
            suggestions: names.Select(n => $"{n}的目标是多少").ToArray());
    }

    /// <summary>True when an indicator name contains one of <paramref name="names"/> or is contained in one.</summary>
    public static bool Related(string? indicator, IReadOnlyCollection<string> names) =>
        indicator is { Length: >= 2 } && names.Any(n => indicator.Contains(n, StringComparison.OrdinalIgnoreCase) || n.Contains(indicator, StringComparison.OrdinalIgnoreCase));

    /// <summary>The measurements of <paramref name="kind"/> when the question asks for that kind and there are some; when
    /// there are none, all of them, with <paramref name="missing"/> added to the note so the answer says so.</summary>
    private static List<GraphNode> Narrow(List<GraphNode> measurements, bool wanted, string kind, ref string note, string missing)
    {
        if (!wanted)
        {
            return measurements;
        }

        var narrowed = measurements.Where(m => m.Text("kind") == kind).ToList();
        if (narrowed.Count > 0)
        {
            return narrowed;
        }

        note += missing;
        return measurements;
    }

    private static string Describe(GraphNode measurement)
    {
        var kind = measurement.Text("kind") == "TARGET" ? "目标" : "实际";
        var year = measurement.Integer("year") is { } y ? string.Create(CultureInfo.InvariantCulture, $"{y}年") : string.Empty;
        var value = measurement.Number("value")?.ToString("0.###", CultureInfo.InvariantCulture) ?? "?";
        var qualifier = measurement.Text("qualifier") is { Length: > 0 } q ? $"（{q}）" : string.Empty;
        return $"{year}{measurement.Text("indicator")}{kind} {value}{measurement.Text("unit")}{qualifier}";
    }
}
