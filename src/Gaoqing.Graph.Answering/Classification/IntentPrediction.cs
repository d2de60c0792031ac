namespace Gaoqing.Graph.Answering.Classification;

/// <summary>The classifier's best intent for a question, its probability, and the runner-up.</summary>
public sealed record IntentPrediction(string Intent, double Probability, string SecondIntent, double SecondProbability);
