namespace Gaoqing.Graph.Answering.Classification;

/// <summary>One labeled question of the training set: the question with its entities replaced by placeholders, and its intent.</summary>
public sealed record IntentExample(string Masked, string Intent);
