namespace Gaoqing.Graph.Text.Segmentation;

/// <summary>jieba's search mode: before each token of more than two characters, its 2- and 3-character dictionary sub-words.</summary>
internal static class SearchGrams
{
    /// <summary>Appends the sub-words of <paramref name="token"/> that are in the dictionary, then the token itself.</summary>
    public static void Expand(PrefixDictionary dictionary, ReadOnlySpan<char> text, TokenSpan token, List<TokenSpan> output)
    {
        var word = text.Slice(token.Start, token.Length);
        if (word.Length > 2)
        {
            Span<int> starts = word.Length <= 64 ? stackalloc int[word.Length + 1] : new int[word.Length + 1];
            var count = 0;
            for (var i = 0; i < word.Length; i += Runes.LengthAt(word, i))
            {
                starts[count++] = i;
            }

            starts[count] = word.Length;
            AddGrams(dictionary, word, token.Start, starts, count, 2, output);
            AddGrams(dictionary, word, token.Start, starts, count, 3, output);
        }

        output.Add(token);
    }

    private static void AddGrams(PrefixDictionary dictionary, ReadOnlySpan<char> word, int offset, ReadOnlySpan<int> starts, int count, int size,
        List<TokenSpan> output)
    {
        if (count <= size)
        {
            return;
        }

        for (var i = 0; i + size <= count; i++)
        {
            var gram = word[starts[i]..starts[i + size]];
            if (dictionary.Find(gram) >= 0)
            {
                output.Add(new TokenSpan(offset + starts[i], gram.Length));
            }
        }
    }
}
