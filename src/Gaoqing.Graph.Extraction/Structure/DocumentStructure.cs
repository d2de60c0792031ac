namespace Gaoqing.Graph.Extraction.Structure;

/// <summary>The sections and tasks of a document, before responsibilities are read.</summary>
internal sealed record DocumentStructure(IReadOnlyList<ExtractedSection> Sections, IReadOnlyList<ExtractedTask> Tasks);
