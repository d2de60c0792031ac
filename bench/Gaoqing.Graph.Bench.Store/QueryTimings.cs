using System.Diagnostics;

namespace Gaoqing.Graph.Bench.Store;

/// <summary>Times a read a fixed number of times and gives the samples, in microseconds, sorted for percentiles.</summary>
internal static class QueryTimings
{
    /// <summary>The time of each of <paramref name="rounds"/> runs of <paramref name="query"/>, in microseconds, fastest first.</summary>
    public static async Task<double[]> Sorted(int rounds, Func<Task<int>> query)
    {
        var samples = new double[rounds];
        for (var round = 0; round < rounds; round++)
        {
            var time = Stopwatch.GetTimestamp();
            await query();
            samples[round] = Stopwatch.GetElapsedTime(time).TotalMicroseconds;
        }

        Array.Sort(samples);
        return samples;
    }

    /// <summary>The median time of <paramref name="rounds"/> runs of <paramref name="query"/>, in microseconds.</summary>
    public static async Task<double> Median(int rounds, Func<Task<int>> query) => (await Sorted(rounds, query))[rounds / 2];
}
