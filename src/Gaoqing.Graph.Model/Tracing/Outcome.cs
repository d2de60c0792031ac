namespace Gaoqing.Graph.Model.Tracing;

/// <summary>What a later document reports about one task of a plan, or about a target a plan states outside its tasks, with the span that says it.</summary>
/// <param name="TaskId">The plan's task; null for a target stated by a section or the document itself (a plan's 主要预期目标).</param>
/// <param name="Target">The Measurement node (kind TARGET) the outcome compares, or null for work reported done.</param>
/// <param name="Actual">The report's Measurement node (kind ACTUAL) of the same indicator and year, or null.</param>
/// <param name="Ratio">Actual / target where both are numbers of the same unit, else null.</param>
public sealed record Outcome(
    string? TaskId,
    OutcomeStatus Status,
    GraphNode? Target,
    GraphNode? Actual,
    double? Ratio,
    OutcomeEvidence Evidence);
