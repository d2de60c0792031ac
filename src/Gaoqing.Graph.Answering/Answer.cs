using Gaoqing.Graph.Model;

namespace Gaoqing.Graph.Answering;

/// <summary>The answer to a question, mirroring the contract type <c>Answer</c> of schema.graphql.</summary>
/// <param name="Question">The question as asked.</param>
/// <param name="Intent">What the question was understood to ask (one of <see cref="Intents"/>).</param>
/// <param name="Confidence">The classifier's probability of <paramref name="Intent"/>, 0 to 1.</param>
/// <param name="Text">A readable answer in Chinese.</param>
/// <param name="Tasks">The Task nodes of the answer.</param>
/// <param name="Departments">The Department nodes of the answer.</param>
/// <param name="Measurements">The Measurement nodes of the answer.</param>
/// <param name="Count">Set when the question asks how many.</param>
/// <param name="Evidence">The sentences the answer was read from.</param>
/// <param name="Suggestions">Questions to ask next, or the nearest known names when nothing matched.</param>
public sealed record Answer(
    string Question,
    string Intent,
    double Confidence,
    string Text,
    IReadOnlyList<GraphNode> Tasks,
    IReadOnlyList<GraphNode> Departments,
    IReadOnlyList<GraphNode> Measurements,
    int? Count,
    IReadOnlyList<AnswerEvidence> Evidence,
    IReadOnlyList<string> Suggestions);
