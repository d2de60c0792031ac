using System.Text.RegularExpressions;
using Gaoqing.Graph.Extraction.Resolution;

namespace Gaoqing.Graph.Extraction.Responsibilities;

/// <summary>Splits units that the text runs together (县发改局县财政局, 县发改局和县财政局) at the end of one unit name.</summary>
/// <remarks>
/// Only a name the lexicon does not know is split, and only where one part ends like a unit (局, 委, 办, 中心 …) and
/// the next starts with a 县/市/省 prefix, so that 县委县直机关工委 or 县教育和体育局 stay whole.
/// </remarks>
internal static partial class UnitSplitter
{
    private const int ShortestUnit = 3;

    /// <summary>The units inside <paramref name="unit"/>: itself, or the parts it was run together from.</summary>
    public static IEnumerable<Span> Split(string text, Span unit, DepartmentLexicon lexicon)
    {
        var written = unit.Slice(text);
        if (lexicon.Resolve(written) != written || unit.Length < 2 * ShortestUnit)
        {
            yield return unit;
            yield break;
        }

        var start = unit.Start;
        for (var cut = Boundary().Match(text, unit.Start, unit.Length); cut.Success; cut = cut.NextMatch())
        {
            if (cut.Index - start >= ShortestUnit && unit.End - (cut.Index + cut.Length) >= ShortestUnit)
            {
                yield return new Span(start, cut.Index);
                start = cut.Index + cut.Length;
            }
        }

        yield return new Span(start, unit.End);
    }

    [GeneratedRegex(@"(?<=[局委办部院所站队心司会室厅处])[和及与]?(?=[县市省])")]
    private static partial Regex Boundary();
}
