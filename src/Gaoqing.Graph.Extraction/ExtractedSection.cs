namespace Gaoqing.Graph.Extraction;

/// <summary>A heading of the document (<c>一、</c> at level 1, <c>（一）</c> at level 2) and the text it governs.</summary>
/// <param name="Index">Position among all sections of the document, from 0.</param>
/// <param name="Ordinal">The number of the heading mark (一 → 1, （三） → 3).</param>
/// <param name="Mark">The heading mark as written, such as <c>一、</c> or <c>（三）</c>.</param>
/// <param name="ParentIndex">The <see cref="Index"/> of the enclosing section, or null at level 1.</param>
/// <param name="Span">From the heading to the start of the next heading of the same or a higher level.</param>
/// <param name="Year">The year the section is about: a year named in its heading, else its parent's or the document's.</param>
/// <param name="ReportsResults">True when the section reviews what was done (执行情况) rather than planning.</param>
public sealed record ExtractedSection(
    int Index,
    int Level,
    int Ordinal,
    string Mark,
    string Title,
    int? ParentIndex,
    Span Span,
    Span TitleSpan,
    int? Year,
    bool ReportsResults);
