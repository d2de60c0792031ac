namespace Gaoqing.Graph.Extraction;

/// <summary>A unit of government named in the document, under its canonical name.</summary>
/// <param name="Aliases">Every other name of the unit: the lexicon's and the forms the document writes.</param>
/// <param name="Level">county, city or province.</param>
/// <param name="FirstSpan">Where the document first names the unit.</param>
public sealed record ExtractedDepartment(string Name, IReadOnlyList<string> Aliases, string Level, Span FirstSpan);
