namespace Gaoqing.Graph.Answering.Linking;

/// <summary>Every part of two or more characters of the indicator names, each with the length of the shortest name
/// holding it, so a question's words are looked up rather than compared with every name.</summary>
internal sealed class IndicatorParts
{
    private readonly Dictionary<string, int> _shortestName = new(StringComparer.Ordinal);

    /// <summary>The parts of <paramref name="names"/>.</summary>
    public IndicatorParts(IEnumerable<string> names)
    {
        ArgumentNullException.ThrowIfNull(names);
        foreach (var name in names)
        {
            Longest = Math.Max(Longest, name.Length);
            for (var start = 0; start + 2 <= name.Length; start++)
            {
                for (var length = 2; start + length <= name.Length; length++)
                {
                    var part = name.Substring(start, length);
                    _shortestName[part] = Math.Min(_shortestName.GetValueOrDefault(part, int.MaxValue), name.Length);
                }
            }
        }
    }

    /// <summary>The longest indicator name, in characters.</summary>
    public int Longest { get; }

    /// <summary>The length of the shortest indicator name holding <paramref name="part"/>; null when no name holds it.</summary>
    public int? ShortestNameHolding(string part) => _shortestName.TryGetValue(part, out var length) ? length : null;
}
