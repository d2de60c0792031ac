using Gaoqing.Graph.Text.Normalization;

namespace Gaoqing.Graph.Extraction;

/// <summary>Everything read from one document; every span points into <see cref="Text"/>'s normalized text.</summary>
/// <param name="Name">The document's name (its file name without extension).</param>
/// <param name="Warnings">Problems that did not stop the extraction, such as a document without tasks.</param>
public sealed record ExtractedDocument(
    string Name,
    NormalizedText Text,
    DocumentHeader Header,
    IReadOnlyList<ExtractedSection> Sections,
    IReadOnlyList<ExtractedTask> Tasks,
    IReadOnlyList<ExtractedDepartment> Departments,
    IReadOnlyList<Mention> Mentions,
    IReadOnlyList<ExtractedMeasurement> Measurements,
    IReadOnlyList<string> Warnings);
