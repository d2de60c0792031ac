namespace Gaoqing.Graph.Extraction;

/// <summary>One unit named as responsible for a task, resolved to its canonical name.</summary>
/// <param name="Department">The canonical name of the unit.</param>
/// <param name="Written">The unit as the text writes it.</param>
/// <param name="Span">Where <paramref name="Written"/> stands in the normalized text.</param>
public sealed record Responsibility(string Department, string Written, ResponsibilityRole Role, Span Span);
