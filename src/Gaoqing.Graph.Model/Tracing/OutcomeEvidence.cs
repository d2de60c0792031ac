namespace Gaoqing.Graph.Model.Tracing;

/// <summary>The span of a report's normalized text an outcome was read from.</summary>
/// <param name="DocumentId">The reporting document.</param>
/// <param name="Start">Where the span starts in that document's normalized text.</param>
/// <param name="End">Where the span ends (exclusive).</param>
/// <param name="Text">The text of the span.</param>
public sealed record OutcomeEvidence(string DocumentId, int Start, int End, string Text);
