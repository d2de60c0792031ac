namespace Gaoqing.Graph.Text.Segmentation;

/// <summary>The most probable B/E/M/S state sequence of the HMM for a run of ideographs, with jieba-rs's tie-breaking.</summary>
internal static class Viterbi
{
    public const int Begin = 0;
    public const int End = 1;
    public const int Middle = 2;
    public const int Single = 3;

    // The two states that may precede each state, in jieba-rs's order (it matters when probabilities tie).
    private static readonly int[] FirstPrevious = [End, Begin, Middle, Single];
    private static readonly int[] SecondPrevious = [Single, Middle, Begin, End];

    /// <summary>Writes the best state of each code unit of <paramref name="run"/> (at least 2, all BMP) into <paramref name="path"/>.</summary>
    public static void BestPath(HiddenMarkovModel model, ReadOnlySpan<char> run, SegmentationScratch scratch, Span<byte> path)
    {
        const int states = HiddenMarkovModel.StateCount;
        var length = run.Length;
        var probability = scratch.ViterbiProbabilities(length * states);
        var previous = scratch.ViterbiPrevious(length * states);
        for (var state = 0; state < states; state++)
        {
            probability[state] = model.Start(state) + model.Emission(state, run[0]);
        }

        for (var t = 1; t < length; t++)
        {
            var row = t * states;
            var last = row - states;
            for (var state = 0; state < states; state++)
            {
                var emission = model.Emission(state, run[t]);
                var first = FirstPrevious[state];
                var second = SecondPrevious[state];
                var viaFirst = probability[last + first] + model.Transition(first, state) + emission;
                var viaSecond = probability[last + second] + model.Transition(second, state) + emission;

                // jieba-rs keeps the later candidate unless the earlier one is strictly greater, comparing
                // (probability, state) pairs; on equal probability the higher-numbered state wins.
                var keepFirst = viaFirst > viaSecond || (viaFirst == viaSecond && first > second);
                probability[row + state] = keepFirst ? viaFirst : viaSecond;
                previous[row + state] = (byte)(keepFirst ? first : second);
            }
        }

        var lastRow = (length - 1) * states;
        var best = probability[lastRow + End] > probability[lastRow + Single] ? End : Single;
        path[length - 1] = (byte)best;
        for (var t = length - 1; t > 0; t--)
        {
            best = previous[(t * states) + best];
            path[t - 1] = (byte)best;
        }
    }
}
