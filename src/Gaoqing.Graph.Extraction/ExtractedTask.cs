namespace Gaoqing.Graph.Extraction;

/// <summary>A task of the document: a numbered item (<c>26.</c>) or a measure introduced by <c>一是/二是</c>.</summary>
/// <param name="Key">Unique in the document: the number of a numbered task, else the ordinals of its headings and its own (三、（一）二是 → <c>3.1.2</c>).</param>
/// <param name="Number">The number written before the task (the heading's ordinal for a heading task), or null for <c>一是</c> measures.</param>
/// <param name="Ordinal">Position among the tasks of its section, from 1.</param>
/// <param name="Label">The mark as written: <c>26.</c> or <c>一是</c>.</param>
/// <param name="SectionIndex">The innermost section the task belongs to, or null.</param>
/// <param name="Span">The whole task, its responsibility clause included.</param>
public sealed record ExtractedTask(
    string Key,
    int? Number,
    int Ordinal,
    string Label,
    string Title,
    string Text,
    int? SectionIndex,
    Span Span,
    Span TitleSpan,
    int? Year,
    IReadOnlyList<Responsibility> Responsibilities);
