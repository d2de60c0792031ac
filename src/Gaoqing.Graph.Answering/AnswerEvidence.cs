namespace Gaoqing.Graph.Answering;

/// <summary>Where a fact of an answer was read: a span of a document's normalized text (the contract's Evidence).</summary>
public sealed record AnswerEvidence(string DocumentId, int Start, int End, string Text);
