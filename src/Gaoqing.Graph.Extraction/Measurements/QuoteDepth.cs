namespace Gaoqing.Graph.Extraction.Measurements;

/// <summary>Tells, for positions visited in increasing order, whether they lie inside “quotation marks”.</summary>
internal sealed class QuoteDepth(string text, int start)
{
    private int _position = start;
    private int _depth;

    /// <summary>True when <paramref name="at"/> is inside quotation marks; <paramref name="at"/> must not decrease between calls.</summary>
    public bool IsQuotedAt(int at)
    {
        for (; _position < at; _position++)
        {
            var c = text[_position];
            _depth += c == '“' ? 1 : c == '”' && _depth > 0 ? -1 : 0;
        }

        return _depth > 0;
    }
}
