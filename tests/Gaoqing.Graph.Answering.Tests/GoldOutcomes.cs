using System.Text.Json;

namespace Gaoqing.Graph.Answering.Tests;

/// <summary>One outcome of gaoqing-2023-outcomes.gold.json: the plan's task number, status, target and actual ("value unit") and evidence phrase.</summary>
public sealed record GoldOutcome(int Task, string Status, string? Target, string? Actual, string Evidence)
{
    /// <summary>Every outcome of the gold file in <paramref name="goldDir"/>.</summary>
    public static IReadOnlyList<GoldOutcome> Read(string goldDir)
    {
        using var file = JsonDocument.Parse(File.ReadAllText(Path.Combine(goldDir, "gaoqing-2023-outcomes.gold.json")));
        return file.RootElement.GetProperty("outcomes").EnumerateArray()
            .Select(o => new GoldOutcome(o.GetProperty("task").GetInt32(), o.GetProperty("status").GetString()!, Figure(o, "target"), Figure(o, "actual"),
                o.GetProperty("evidence").GetString()!))
            .ToArray();
    }

    private static string? Figure(JsonElement outcome, string name) =>
        outcome.TryGetProperty(name, out var figure) ? GoldAnswers.ValueUnit(figure.GetProperty("value").GetDouble(), figure.GetProperty("unit").GetString()!) : null;
}
