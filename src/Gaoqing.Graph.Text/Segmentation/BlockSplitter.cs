namespace Gaoqing.Graph.Text.Segmentation;

/// <summary>
/// jieba-rs's first step: text alternates between dictionary blocks (ideographs, ASCII letters and digits, <c>+#&amp;._%-</c>)
/// and other text, where each character is a token of its own except that "\r\n" stays together.
/// </summary>
internal static class BlockSplitter
{
    /// <summary>Segments all of <paramref name="text"/>, handing each dictionary block to <see cref="RouteCutter"/>.</summary>
    public static void Cut(PrefixDictionary dictionary, HiddenMarkovModel? model, ReadOnlySpan<char> text, SegmentationScratch scratch,
        List<TokenSpan> tokens)
    {
        var position = 0;
        while (position < text.Length)
        {
            var end = position;
            while (end < text.Length && CharacterClasses.InDictionaryBlock(Runes.At(text, end, out var length)))
            {
                end += length;
            }

            if (end > position)
            {
                RouteCutter.Cut(dictionary, model, text, position, end, scratch, tokens);
                position = end;
                continue;
            }

            var unitLength = text[position] == '\r' && position + 1 < text.Length && text[position + 1] == '\n'
                ? 2
                : Runes.LengthAt(text, position);
            tokens.Add(new TokenSpan(position, unitLength));
            position += unitLength;
        }
    }
}
