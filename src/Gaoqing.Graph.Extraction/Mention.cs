namespace Gaoqing.Graph.Extraction;

/// <summary>A project, place or department named in the text, with its canonical name.</summary>
/// <param name="PlaceKind">For places: town, subdistrict, river, lake, reservoir, park or zone; else null.</param>
public sealed record Mention(MentionKind Kind, string Name, string Written, string? PlaceKind, Span Span);
