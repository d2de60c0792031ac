using System.Globalization;
using System.Runtime.CompilerServices;

namespace Gaoqing.Graph.Text.Segmentation;

/// <summary>Receives one dictionary entry; <paramref name="frequency"/> is null when the line gives none.</summary>
internal delegate void DictionaryEntryHandler(ReadOnlySpan<char> word, long? frequency, ReadOnlySpan<char> tag);

/// <summary>Reads jieba's dictionary format: one entry a line, <c>word [frequency] [tag]</c>, separated by white space.</summary>
internal static class DictionaryReader
{
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
        var start = 0;
        while (start < line.Length && char.IsWhiteSpace(line[start]))
        {
            start++;
        }

        var end = start;
        while (end < line.Length && !char.IsWhiteSpace(line[end]))
        {
            end++;
        }

        var field = line[start..end];
        line = line[end..];
        return field;
    }
}
