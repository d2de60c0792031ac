using System.Globalization;
using System.Text.Json;
using Xunit.Abstractions;

namespace Gaoqing.Graph.Extraction.Tests;

public sealed class MeasurementGoldTests(ITestOutputHelper output)
{
    public static TheoryData<string, string> Documents => new()
    {
        { "key-tasks", "gaoqing-2023-key-tasks.measurements.gold.json" },
        { "plan", "gaoqing-2024-plan.measurements.gold.json" },
    };

    [Theory]
    [MemberData(nameof(Documents))]
    public void AtLeastNinetyPercentOfTheGoldMeasurementsAreFound(string seed, string goldFile)
    {
        var document = seed == "plan" ? SeedFiles.Plan : SeedFiles.KeyTasks;
        var gold = SeedFiles.Gold(goldFile).GetProperty("measurements").EnumerateArray().ToList();
        var missed = gold.Where(g => !document.Measurements.Any(m => Matches(m, g))).ToList();
        var recall = 1.0 - (double)missed.Count / gold.Count;
        output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{seed}: recall {recall:P1} ({gold.Count - missed.Count}/{gold.Count})"));
        missed.ForEach(g => output.WriteLine("missed: " + g.GetRawText().ReplaceLineEndings(" ")));
        Assert.True(recall >= 0.9, $"recall {recall:P1}");
    }

    [Theory]
    [MemberData(nameof(Documents))]
    public void FewerThanTenPercentOfTheExtractedMeasurementsAreWrong(string seed, string goldFile)
    {
        _ = goldFile;
        var document = seed == "plan" ? SeedFiles.Plan : SeedFiles.KeyTasks;
        var wrong = document.Measurements.Where(m => WhyWrong(document, m) is not null).ToList();
        var precision = 1.0 - (double)wrong.Count / document.Measurements.Count;
        output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{seed}: precision {precision:P1} ({document.Measurements.Count - wrong.Count}/{document.Measurements.Count})"));
        wrong.ForEach(m => output.WriteLine($"wrong ({WhyWrong(document, m)}): {m}"));
        Assert.True(document.Measurements.Count > 0);
        Assert.True(precision > 0.9, $"precision {precision:P1}");
    }

    private static bool Matches(ExtractedMeasurement m, JsonElement gold)
    {
        var keyword = gold.GetProperty("keyword").GetString()!;
        return m.Year == gold.GetProperty("year").GetInt32()
            && (m.Kind == MeasurementKind.Target ? "TARGET" : "ACTUAL") == gold.GetProperty("kind").GetString()
            && Math.Abs(m.Value - gold.GetProperty("value").GetDouble()) < 1e-9
            && m.Unit == gold.GetProperty("unit").GetString()
            && (m.Indicator.Contains(keyword, StringComparison.Ordinal) || keyword.Contains(m.Indicator, StringComparison.Ordinal));
    }

    private static string? WhyWrong(ExtractedDocument document, ExtractedMeasurement m)
    {
        var text = document.Text.Text;
        var evidence = m.Span.Slice(text);
        var section = document.Sections.LastOrDefault(s => s.Span.Contains(m.Span));
        var expectedKind = section?.ReportsResults == true ? MeasurementKind.Actual : MeasurementKind.Target;
        var expectedYear = section?.Year ?? document.Header.Year;
        return evidence != m.Text ? "text is not the evidence"
            : !evidence.Contains(m.Value.ToString(CultureInfo.InvariantCulture) + (evidence.Contains(m.Value + "余", StringComparison.Ordinal) ? "余" : "") + m.Unit, StringComparison.Ordinal) ? "value and unit not in the evidence"
            : m.Kind != expectedKind ? "kind"
            : m.Year != expectedYear ? "year"
            : m.Indicator.Length < 2 || m.Indicator.EndsWith('等') || m.Indicator.Contains(m.Value + m.Unit, StringComparison.Ordinal) ? "indicator"
            : null;
    }
}
