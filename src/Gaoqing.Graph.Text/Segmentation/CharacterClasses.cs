namespace Gaoqing.Graph.Text.Segmentation;

/// <summary>The character classes of jieba-rs's block regular expressions, as predicates on code points.</summary>
internal static class CharacterClasses
{
    /// <summary>
    /// A character of a block that goes through the dictionary: CJK ideographs (the BMP blocks, compatibility
    /// ideographs, extensions A to F and the compatibility supplement), ASCII letters and digits, and <c>+#&amp;._%-</c>.
    /// </summary>
    public static bool InDictionaryBlock(int codePoint)
    {
        if (codePoint < 0x80)
        {
            return char.IsAsciiLetterOrDigit((char)codePoint) || codePoint is '+' or '#' or '&' or '.' or '_' or '%' or '-';
        }

        return codePoint is (>= 0x3400 and <= 0x4DBF) or (>= 0x4E00 and <= 0x9FFF) or (>= 0xF900 and <= 0xFAFF)
            or (>= 0x20000 and <= 0x2A6DF) or (>= 0x2A700 and <= 0x2EBEF) or (>= 0x2F800 and <= 0x2FA1F);
    }

    /// <summary>A character the HMM may tag: the CJK Unified Ideographs U+4E00 to U+9FD5, as in jieba's <c>finalseg</c>.</summary>
    public static bool HmmHan(char unit) => unit is >= '\u4E00' and <= '\u9FD5';
}
