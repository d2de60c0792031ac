namespace Gaoqing.Graph.Answering.Tests;

/// <summary>Comparison helpers of the question-set tests.</summary>
internal static class Comparison
{
    /// <summary>The actual value without its intent prefix when the intent is the expected one, else with it (so it differs).</summary>
    public static (string Expected, string Actual) Normalize(this (string Expected, string Actual) pair, string intent) =>
        pair.Actual.StartsWith(intent + ":", StringComparison.Ordinal) ? (pair.Expected, pair.Actual[(intent.Length + 1)..]) : pair;
}
