namespace Gaoqing.Graph.Text.Segmentation;

/// <summary>Where a token lies in the segmented text: its start offset and length in UTF-16 code units.</summary>
public readonly record struct TokenSpan(int Start, int Length)
{
    /// <summary>The offset just after the token.</summary>
    public int End => Start + Length;
}
