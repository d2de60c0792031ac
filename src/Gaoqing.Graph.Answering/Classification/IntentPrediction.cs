namespace Gaoqing.Graph.Answering.Classification;

/// <summary>The classifier's most probable intent for a question and its probability.</summary>
public sealed record IntentPrediction(string Intent, double Probability);
