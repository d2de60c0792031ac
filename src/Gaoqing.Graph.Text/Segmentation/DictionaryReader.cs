using System.Buffers;
using System.Globalization;
using System.Runtime.CompilerServices;

namespace Gaoqing.Graph.Text.Segmentation;

/// <summary>Receives one dictionary entry; <paramref name="frequency"/> is null when the line gives none.</summary>
internal delegate void DictionaryEntryHandler(ReadOnlySpan<char> word, long? frequency, ReadOnlySpan<char> tag);

/// <summary>Reads jieba's dictionary format: one entry a line, <c>word [frequency] [tag]</c>, separated by white space.</summary>
internal static class DictionaryReader
{
    // Unicode's White_Space characters: what char.IsWhiteSpace and Rust's split_whitespace both separate on.
    private static readonly SearchValues<char> WhiteSpace =
        SearchValues.Create("\t\n\v\f\r \u0085\u00A0\u1680\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007\u2008\u2009\u200A\u2028\u2029\u202F\u205F\u3000");

    /// <summary>Calls <paramref name="handler"/> for every non-blank line of <paramref name="text"/>, in order.</summary>
    /// <exception cref="DictionaryFormatException">A frequency is not a non-negative integer.</exception>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static void Read(ReadOnlySpan<char> text, string source, DictionaryEntryHandler handler)
    {
        var lineNumber = 0;
        while (!text.IsEmpty)
        {
            lineNumber++;
            var end = text.IndexOf('\n');
            var line = end < 0 ? text : text[..end];
            text = end < 0 ? [] : text[(end + 1)..];
            if (lineNumber == 1 && !line.IsEmpty && line[0] == '\uFEFF')
            {
                line = line[1..];
            }

            ReadLine(line, source, lineNumber, handler);
        }
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static void ReadLine(ReadOnlySpan<char> line, string source, int lineNumber, DictionaryEntryHandler handler)
    {
        var word = NextField(ref line);
        if (word.IsEmpty)
        {
            return;
        }

        var frequencyField = NextField(ref line);
        var tag = NextField(ref line);
        long? frequency = null;
        if (!frequencyField.IsEmpty)
        {
            var digits = frequencyField[0] == '+' ? frequencyField[1..] : frequencyField;
            if (digits.IsEmpty || digits.ContainsAnyExceptInRange('0', '9')
                || !long.TryParse(digits, NumberStyles.None, CultureInfo.InvariantCulture, out var parsed))
            {
                throw new DictionaryFormatException(source, lineNumber,
                    $"frequency '{frequencyField}' of '{word}' is not a non-negative integer");
            }

            frequency = parsed;
        }

        handler(word, frequency, tag);
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static ReadOnlySpan<char> NextField(ref ReadOnlySpan<char> line)
    {
        var start = line.IndexOfAnyExcept(WhiteSpace);
        if (start < 0)
        {
            line = [];
            return [];
        }

        var rest = line[start..];
        var length = rest.IndexOfAny(WhiteSpace);
        if (length < 0)
        {
            length = rest.Length;
        }

        line = rest[length..];
        return rest[..length];
    }
}
