using Gaoqing.Graph.Api.Graph;

namespace Gaoqing.Graph.Api.Tests;

/// <summary>The readers–writer gate: readers share it, a writer waits for them and runs alone, and a waiting writer holds back new readers.</summary>
public sealed class GraphGateTests
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(10);

    [Fact]
    public async Task Many_readers_enter_together()
    {
        var gate = new GraphGate();
        var leases = new List<IAsyncDisposable>();
        for (var i = 0; i < 50; i++)
        {
            var entering = gate.ReadAsync(CancellationToken.None);
            Assert.True(entering.IsCompletedSuccessfully);
            leases.Add(await entering);
        }

        foreach (var lease in leases)
        {
            await lease.DisposeAsync();
        }
    }

    [Fact]
    public async Task A_writer_waits_for_readers_and_holds_back_new_readers_until_it_leaves()
    {
        var gate = new GraphGate();
        var reader = await gate.ReadAsync(CancellationToken.None);
        var writing = gate.WriteAsync(CancellationToken.None);
        var lateReader = gate.ReadAsync(CancellationToken.None);
        Assert.False(writing.IsCompleted);
        Assert.False(lateReader.IsCompleted);

        await reader.DisposeAsync();
        var writer = await writing.WaitAsync(Patience);
        Assert.False(lateReader.IsCompleted);

        await writer.DisposeAsync();
        await (await lateReader.WaitAsync(Patience)).DisposeAsync();
    }

    [Fact]
    public async Task Writers_run_one_at_a_time_and_leaving_twice_counts_once()
    {
        var gate = new GraphGate();
        var first = await gate.WriteAsync(CancellationToken.None);
        var second = gate.WriteAsync(CancellationToken.None);
        Assert.False(second.IsCompleted);

        await first.DisposeAsync();
        await first.DisposeAsync();
        var secondLease = await second.WaitAsync(Patience);
        var reading = gate.ReadAsync(CancellationToken.None);
        Assert.False(reading.IsCompleted);

        await secondLease.DisposeAsync();
        await (await reading.WaitAsync(Patience)).DisposeAsync();
    }

    [Fact]
    public async Task A_cancelled_writer_lets_the_readers_it_held_back_in()
    {
        var gate = new GraphGate();
        var reader = await gate.ReadAsync(CancellationToken.None);
        using var cancel = new CancellationTokenSource();
        var writing = gate.WriteAsync(cancel.Token);
        var heldBack = gate.ReadAsync(CancellationToken.None);
        Assert.False(heldBack.IsCompleted);

        await cancel.CancelAsync();
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => writing);
        await (await heldBack.WaitAsync(Patience)).DisposeAsync();
        await reader.DisposeAsync();
        await (await gate.WriteAsync(CancellationToken.None).WaitAsync(Patience)).DisposeAsync();
    }
}
