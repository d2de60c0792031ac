using System.Globalization;
using System.Text;

namespace Gaoqing.Graph.Text.Segmentation;

/// <summary>
/// Cuts a run of characters the dictionary could not join (jieba's <c>finalseg</c>): ideographs U+4E00–U+9FD5 are
/// tagged B/E/M/S by the HMM; between them, ASCII letter-and-digit groups are kept whole (a number may carry one
/// more character and digits, and a trailing %), and everything else stays one token.
/// </summary>
internal static class HmmSegmentation
{
    /// <summary>Appends the tokens of <paramref name="text"/>[<paramref name="start"/>..<paramref name="end"/>) to <paramref name="tokens"/>.</summary>
    public static void Cut(HiddenMarkovModel model, ReadOnlySpan<char> text, int start, int end, SegmentationScratch scratch, List<TokenSpan> tokens)
    {
        var position = start;
        while (position < end)
        {
            var runEnd = position;
            if (CharacterClasses.HmmHan(text[position]))
            {
                while (runEnd < end && CharacterClasses.HmmHan(text[runEnd]))
                {
                    runEnd++;
                }

                if (runEnd - position == 1)
                {
                    tokens.Add(new TokenSpan(position, 1));
                }
                else
                {
                    CutIdeographs(model, text, position, runEnd, scratch, tokens);
                }
            }
            else
            {
                while (runEnd < end && !CharacterClasses.HmmHan(text[runEnd]))
                {
                    runEnd++;
                }

                CutOthers(text, position, runEnd, tokens);
            }

            position = runEnd;
        }
    }

    private static void CutIdeographs(HiddenMarkovModel model, ReadOnlySpan<char> text, int start, int end, SegmentationScratch scratch, List<TokenSpan> tokens)
    {
        var length = end - start;
        var path = scratch.ViterbiPath(length);
        Viterbi.BestPath(model, text[start..end], scratch, path);
        var begin = 0;
        var next = 0;
        for (var i = 0; i < length; i++)
        {
            switch (path[i])
            {
                case Viterbi.Begin:
                    begin = i;
                    break;
                case Viterbi.End:
                    tokens.Add(new TokenSpan(start + begin, i + 1 - begin));
                    next = i + 1;
                    break;
                case Viterbi.Single:
                    tokens.Add(new TokenSpan(start + i, 1));
                    next = i + 1;
                    break;
            }
        }

        if (next < length)
        {
            tokens.Add(new TokenSpan(start + next, length - next));
        }
    }

    // The text between matches of [a-zA-Z0-9]+(?:.\d+)?%? is one token, and so is every match.
    private static void CutOthers(ReadOnlySpan<char> text, int start, int end, List<TokenSpan> tokens)
    {
        var position = start;
        while (position < end)
        {
            var matchStart = position;
            while (matchStart < end && !char.IsAsciiLetterOrDigit(text[matchStart]))
            {
                matchStart++;
            }

            if (matchStart > position)
            {
                tokens.Add(new TokenSpan(position, matchStart - position));
            }

            if (matchStart == end)
            {
                return;
            }

            var matchEnd = MatchEnd(text, matchStart, end);
            tokens.Add(new TokenSpan(matchStart, matchEnd - matchStart));
            position = matchEnd;
        }
    }

    private static int MatchEnd(ReadOnlySpan<char> text, int start, int end)
    {
        var position = start;
        while (position < end && char.IsAsciiLetterOrDigit(text[position]))
        {
            position++;
        }

        if (position < end && text[position] != '\n')
        {
            var afterAny = position + Runes.LengthAt(text[..end], position);
            var afterDigits = afterAny;
            while (afterDigits < end && IsDecimalDigit(text[..end], afterDigits, out var digitLength))
            {
                afterDigits += digitLength;
            }

            if (afterDigits > afterAny)
            {
                position = afterDigits;
            }
        }

        if (position < end && text[position] == '%')
        {
            position++;
        }

        return position;
    }

    private static bool IsDecimalDigit(ReadOnlySpan<char> text, int index, out int length)
    {
        var codePoint = Runes.At(text, index, out length);
        return Rune.IsValid(codePoint) && Rune.GetUnicodeCategory(new Rune(codePoint)) == UnicodeCategory.DecimalDigitNumber;
    }
}
