namespace Gaoqing.Graph.Extraction.Structure;

/// <summary>Reads the Chinese numerals of headings and measures (一 … 九十九).</summary>
internal static class ChineseNumeral
{
    private const string Digits = "零一二三四五六七八九";

    /// <summary>The value of <paramref name="numeral"/>, or null when it is not a numeral below one hundred.</summary>
    public static int? Parse(string numeral)
    {
        if (numeral.Length == 0 || numeral.Length > 3)
        {
            return null;
        }

        var ten = numeral.IndexOf('十');
        if (ten < 0)
        {
            return numeral.Length == 1 ? DigitOf(numeral[0]) : null;
        }

        var tens = ten == 0 ? 1 : ten == 1 ? DigitOf(numeral[0]) : null;
        var units = ten == numeral.Length - 1 ? 0 : ten == numeral.Length - 2 ? DigitOf(numeral[^1]) : null;
        return tens is null || units is null ? null : tens * 10 + units;
    }

    private static int? DigitOf(char c)
    {
        var digit = Digits.IndexOf(c);
        return digit > 0 ? digit : null;
    }
}
