using System.Text.RegularExpressions;

namespace Gaoqing.Graph.Answering.Linking;

/// <summary>Finds tasks named by number (第26项, 第二十六项, 26号任务, 任务26) and years (2023年) in a question.</summary>
public static partial class TaskNumbers
{
    /// <summary>Each task number written in <paramref name="text"/>, with where it is written.</summary>
    public static IEnumerable<(int Number, int Start, int Length)> Find(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        foreach (Match match in NumberPattern().Matches(text))
        {
            var digits = match.Groups["n"].Success ? match.Groups["n"] : match.Groups["m"];
            if (Parse(digits.Value) is { } number)
            {
                yield return (number, match.Index, match.Length);
            }
        }
    }

    /// <summary>Each year (2000 to 2099) written in <paramref name="text"/>, with where it is written; two digits followed by
    /// 年 (20 to 29) are a year of this decade (23年 is 2023).</summary>
    public static IEnumerable<(int Year, int Start, int Length)> FindYears(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        foreach (Match match in YearPattern().Matches(text))
        {
            var year = int.Parse(match.Groups["y"].Success ? match.Groups["y"].Value : match.Groups["s"].Value, System.Globalization.CultureInfo.InvariantCulture);
            yield return (year < 100 ? 2000 + year : year, match.Index, match.Length);
        }
    }

    /// <summary>The value of a number written in up to 3 digits or in Chinese numerals up to 9999; null if it is not one.</summary>
    public static int? Parse(string written)
    {
        ArgumentNullException.ThrowIfNull(written);
        if (written.Length is > 0 and <= 3 && written.All(char.IsAsciiDigit))
        {
            return int.Parse(written, System.Globalization.CultureInfo.InvariantCulture);
        }

        var total = 0;
        var digit = -1;
        foreach (var c in written)
        {
            var value = "零一二三四五六七八九".IndexOf(c, StringComparison.Ordinal);
            if (c == '两')
            {
                value = 2;
            }

            if (value >= 0)
            {
                digit = value;
            }
            else if (c is '十' or '百' or '千')
            {
                total += (digit < 0 ? 1 : digit) * (c switch { '十' => 10, '百' => 100, _ => 1000 });
                digit = -1;
            }
            else
            {
                return null;
            }
        }

        total += Math.Max(digit, 0);
        return total > 0 ? total : null;
    }

    [GeneratedRegex(@"第\s*(?<n>[0-9]{1,3}|[零一二三四五六七八九十百千两]{1,6})\s*(项|条|个|号)?(重点)?(工作)?(任务)?|(?<m>[0-9]{1,3})\s*号\s*(重点)?(任务|工作)|任务\s*(?<m>[0-9]{1,3})(?![0-9])")]
    private static partial Regex NumberPattern();

    [GeneratedRegex(@"(?<![0-9])(?:(?<y>20[0-9]{2})(?![0-9])\s*年?|(?<s>2[0-9])\s*年)")]
    private static partial Regex YearPattern();
}
