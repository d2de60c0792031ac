namespace Gaoqing.Graph.Text.Segmentation;

/// <summary>Working arrays reused across calls on one thread, so segmenting allocates nothing but the tokens.</summary>
internal sealed class SegmentationScratch
{
    // Arrays for unusually long blocks are not kept, so one huge input does not pin its memory to the thread.
    private const int LargestKept = 1 << 20;

    [ThreadStatic]
    private static SegmentationScratch? _current;

    private double[] _routeProbabilities = new double[256];
    private int[] _routeNext = new int[256];
    private double[] _viterbiProbabilities = new double[256];
    private byte[] _viterbiPrevious = new byte[256];
    private byte[] _viterbiPath = new byte[64];

    /// <summary>The scratch space of the calling thread.</summary>
    public static SegmentationScratch ForCurrentThread() => _current ??= new SegmentationScratch();

    public Span<double> RouteProbabilities(int length) => Ensure(ref _routeProbabilities, length).AsSpan(0, length);

    public Span<int> RouteNext(int length) => Ensure(ref _routeNext, length).AsSpan(0, length);

    public Span<double> ViterbiProbabilities(int length) => Ensure(ref _viterbiProbabilities, length).AsSpan(0, length);

    public Span<byte> ViterbiPrevious(int length) => Ensure(ref _viterbiPrevious, length).AsSpan(0, length);

    public Span<byte> ViterbiPath(int length) => Ensure(ref _viterbiPath, length).AsSpan(0, length);

    private static T[] Ensure<T>(ref T[] array, int length)
    {
        if (length > LargestKept)
        {
            return array.Length >= length ? array : new T[length];
        }

        if (array.Length < length)
        {
            array = new T[Math.Max(length, array.Length * 2)];
        }

        return array;
    }
}
