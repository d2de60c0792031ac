namespace Gaoqing.Graph.Text.Normalization;

/// <summary>Folds full-width and half-width variants of digits, letters and punctuation to one form.</summary>
/// <remarks>
/// Digits, Latin letters and the symbols of numbers (<c>%</c>, <c>.</c>, <c>+</c>, <c>-</c>) take their
/// ASCII form; the punctuation of Chinese prose (brackets, colon, comma, semicolon, marks of exclamation and
/// question) takes its full-width form, except a comma or colon between two digits (<c>1,200</c>, <c>10:30</c>).
/// </remarks>
public static class CharacterFolding
{
    /// <summary>The folded form of <paramref name="c"/>, given the characters on either side (or '\0').</summary>
    public static char Fold(char c, char before, char after)
    {
        if (c >= '\uFF01' && c <= '\uFF5E')
        {
            c = (char)(c - 0xFEE0);
        }

        return c switch
        {
            '(' => '（',
            ')' => '）',
            ';' => '；',
            '!' => '！',
            '?' => '？',
            ':' => IsBetweenDigits(before, after) ? ':' : '：',
            ',' => IsBetweenDigits(before, after) ? ',' : '，',
            '\u3000' or '\u00A0' or '\u2002' or '\u2003' or '\u2009' or '\t' => ' ',
            _ => c,
        };
    }

    /// <summary>True for characters that carry no text: zero-width marks, byte-order marks and control characters.</summary>
    public static bool IsInvisible(char c) =>
        c is '\u200B' or '\u200C' or '\u200D' or '\u2060' or '\uFEFF' or '\u00AD'
        || (char.IsControl(c) && c is not '\n' and not '\t');

    private static bool IsBetweenDigits(char before, char after) => IsDigit(before) && IsDigit(after);

    private static bool IsDigit(char c) => char.IsAsciiDigit(c) || (c >= '\uFF10' && c <= '\uFF19');
}
