namespace Gaoqing.Graph.Extraction;

/// <summary>A half-open range [Start, End) of the normalized text of a document.</summary>
public readonly record struct Span(int Start, int End)
{
    /// <summary>The number of characters in the span.</summary>
    public int Length => End - Start;

    /// <summary>True when <paramref name="other"/> lies wholly inside this span.</summary>
    public bool Contains(Span other) => other.Start >= Start && other.End <= End;

    /// <summary>The text of the span in <paramref name="text"/>.</summary>
    public string Slice(string text) => text[Start..End];
}
