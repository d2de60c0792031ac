namespace Gaoqing.Graph.Text.Segmentation;

/// <summary>
/// jieba's DAG and dynamic programme in one backward pass: from each character, every dictionary word that starts
/// there is an edge, and the route keeps the edge that maximises ln(freq) − ln(total) + the best score after it.
/// </summary>
internal static class MaxProbabilityRoute
{
    /// <summary>
    /// Fills <paramref name="next"/>[i] with the end of the best first word starting at i, for every scalar-value
    /// start i of <paramref name="block"/>. A character that starts no word is a word of frequency 1 on its own.
    /// Ties keep the longer word, as jieba-rs's <c>max_by</c> over (score, end) pairs does.
    /// </summary>
    public static void Compute(PrefixDictionary dictionary, ReadOnlySpan<char> block, Span<double> score, Span<int> next)
    {
        var trie = dictionary.Trie;
        var logTotal = dictionary.LogTotal;
        var length = block.Length;
        score[length] = 0.0;
        var start = length;
        while (start > 0)
        {
            start -= start >= 2 && char.IsLowSurrogate(block[start - 1]) && char.IsHighSurrogate(block[start - 2]) ? 2 : 1;
            var best = 0.0;
            var bestEnd = -1;
            var node = WordTrie.Root;
            for (var end = start; end < length;)
            {
                node = trie.Child(node, block[end]);
                if (node == WordTrie.Root)
                {
                    break;
                }

                end++;
                var word = trie.WordAt(node);
                if (word >= 0)
                {
                    var candidate = dictionary.LogFrequency(word) - logTotal + score[end];
                    if (bestEnd < 0 || !(best > candidate))
                    {
                        best = candidate;
                        bestEnd = end;
                    }
                }
            }

            if (bestEnd < 0)
            {
                bestEnd = start + Runes.LengthAt(block, start);
                best = 0.0 - logTotal + score[bestEnd];
            }

            score[start] = best;
            next[start] = bestEnd;
        }
    }
}
