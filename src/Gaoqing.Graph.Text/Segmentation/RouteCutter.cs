namespace Gaoqing.Graph.Text.Segmentation;

/// <summary>Turns the best route through a dictionary block into tokens, with or without the HMM for unknown runs.</summary>
internal static class RouteCutter
{
    /// <summary>Appends the tokens of <paramref name="text"/>[<paramref name="start"/>..<paramref name="end"/>) to <paramref name="tokens"/>.</summary>
    public static void Cut(PrefixDictionary dictionary, HiddenMarkovModel? model, ReadOnlySpan<char> text, int start, int end,
        SegmentationScratch scratch, List<TokenSpan> tokens)
    {
        var block = text[start..end];
        var next = scratch.RouteNext(block.Length + 1);
        MaxProbabilityRoute.Compute(dictionary, block, scratch.RouteProbabilities(block.Length + 1), next);
        if (model is null)
        {
            CutWithoutHmm(block, start, next, tokens);
        }
        else
        {
            CutWithHmm(dictionary, model, text, start, end, next, scratch, tokens);
        }
    }

    // Single ASCII letters and digits on the route are joined into one token; everything else is taken as routed.
    private static void CutWithoutHmm(ReadOnlySpan<char> block, int offset, ReadOnlySpan<int> next, List<TokenSpan> tokens)
    {
        var pending = -1;
        for (var x = 0; x < block.Length;)
        {
            var y = next[x];
            if (y - x == 1 && char.IsAsciiLetterOrDigit(block[x]))
            {
                if (pending < 0)
                {
                    pending = x;
                }
            }
            else
            {
                if (pending >= 0)
                {
                    tokens.Add(new TokenSpan(offset + pending, x - pending));
                    pending = -1;
                }

                tokens.Add(new TokenSpan(offset + x, y - x));
            }

            x = y;
        }

        if (pending >= 0)
        {
            tokens.Add(new TokenSpan(offset + pending, block.Length - pending));
        }
    }

    // Runs of single characters on the route go to the HMM, unless the run is itself a dictionary word.
    private static void CutWithHmm(PrefixDictionary dictionary, HiddenMarkovModel model, ReadOnlySpan<char> text, int start, int end,
        ReadOnlySpan<int> next, SegmentationScratch scratch, List<TokenSpan> tokens)
    {
        var pending = -1;
        for (var x = start; x < end;)
        {
            var y = start + next[x - start];
            if (Runes.IsSingle(text[x..y]))
            {
                if (pending < 0)
                {
                    pending = x;
                }
            }
            else
            {
                if (pending >= 0)
                {
                    CutSingles(dictionary, model, text, pending, x, scratch, tokens);
                    pending = -1;
                }

                tokens.Add(new TokenSpan(x, y - x));
            }

            x = y;
        }

        if (pending >= 0)
        {
            CutSingles(dictionary, model, text, pending, end, scratch, tokens);
        }
    }

    private static void CutSingles(PrefixDictionary dictionary, HiddenMarkovModel model, ReadOnlySpan<char> text, int start, int end,
        SegmentationScratch scratch, List<TokenSpan> tokens)
    {
        var run = text[start..end];
        if (Runes.IsSingle(run))
        {
            tokens.Add(new TokenSpan(start, run.Length));
        }
        else if (dictionary.Find(run) < 0)
        {
            HmmSegmentation.Cut(model, text, start, end, scratch, tokens);
        }
        else
        {
            for (var i = start; i < end;)
            {
                var length = Runes.LengthAt(text, i);
                tokens.Add(new TokenSpan(i, length));
                i += length;
            }
        }
    }
}
