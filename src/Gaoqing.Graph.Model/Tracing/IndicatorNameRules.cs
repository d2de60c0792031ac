using System.Text.RegularExpressions;

namespace Gaoqing.Graph.Model.Tracing;

/// <summary>Rules that bring the written names of one indicator to one form, for names no lexicon lists.</summary>
/// <remarks>
/// An enumeration before 等 names examples, not the indicator (飞源电子环氧树脂等市级重点技改项目 → 市级重点技改项目);
/// 同比 and 全县 add nothing (地区生产总值同比增长 → 地区生产总值增长); a trailing 数量 or a word of completion is dropped
/// (老旧小区完成改造 → 老旧小区改造, 老旧小区改造全部完工 → 老旧小区改造). Where the phrase pairs names with figures (A和B达到50家和60家), the figure read
/// is the last one, so it measures the last name.
/// </remarks>
public static partial class IndicatorNameRules
{
    /// <summary>The growth words that turn an indicator into its rate of change.</summary>
    public const string Growth = "增长";

    /// <summary>The name <paramref name="written"/> after the rules; <paramref name="phrase"/> is the text the figure was read from.</summary>
    public static string Normalize(string written, string? phrase = null)
    {
        ArgumentNullException.ThrowIfNull(written);
        var name = written.Trim();
        if (phrase is not null && PairedFigures().IsMatch(phrase) && name.Split('和') is { Length: 2 } pair && pair[1].Length >= 2)
        {
            name = pair[1];
        }

        var examples = name.LastIndexOf('等');
        if (examples > 0 && name.Length - examples - 1 >= 2)
        {
            name = name[(examples + 1)..];
        }

        name = Filler().Replace(name, "");
        name = CompletedWork().Replace(name, "${work}");
        return TrailingCount().Replace(name, "");
    }

    /// <summary>The indicator whose change <paramref name="name"/> measures (地区生产总值增长 → 地区生产总值), or null.</summary>
    public static string? BaseOfGrowth(string name) =>
        name.Length > Growth.Length + 1 && name.EndsWith(Growth, StringComparison.Ordinal) ? name[..^Growth.Length] : null;

    [GeneratedRegex(@"\d+(?:\.\d+)?\p{IsCJKUnifiedIdeographs}{0,2}和\d+(?:\.\d+)?")]
    private static partial Regex PairedFigures();

    [GeneratedRegex("同比|^全县|^全市|^全年")]
    private static partial Regex Filler();

    [GeneratedRegex("(?<=..)(?:全部)?(?:完成|完工|竣工)(?<work>改造|建设|改建)?$")]
    private static partial Regex CompletedWork();

    [GeneratedRegex("(?<=..)(?:数量|总数)$")]
    private static partial Regex TrailingCount();
}
