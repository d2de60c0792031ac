namespace Gaoqing.Graph.Answering.Linking;

/// <summary>A span of a question linked to what it names; <see cref="Entries"/> holds every reading of the span, best first
/// (an indicator's name that is part of task titles also reads as those tasks).</summary>
/// <param name="Kind">The kind of the best reading.</param>
/// <param name="Start">Where the span starts in the question.</param>
/// <param name="Length">The span's length.</param>
/// <param name="Surface">The span as written.</param>
/// <param name="Entries">The readings; for an unknown name, the nearest known names (node id null when nothing is near).</param>
/// <param name="Fuzzy">True when the span was linked by similarity rather than an exact name.</param>
public sealed record LinkedEntity(EntityKind Kind, int Start, int Length, string Surface, IReadOnlyList<LexiconEntry> Entries, bool Fuzzy = false)
{
    /// <summary>The readings of <paramref name="kind"/>.</summary>
    public IEnumerable<LexiconEntry> Of(EntityKind kind) => Entries.Where(e => e.Kind == kind);
}
