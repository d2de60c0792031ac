namespace Gaoqing.Graph.Api.Graph;

/// <summary>
/// An asynchronous readers–writer gate: any number of requests read the graph together, a write waits for them and
/// runs alone, and a waiting write holds back new readers so it is never starved.
/// </summary>
public sealed class GraphGate
{
    private readonly SemaphoreSlim _turnstile = new(1, 1);
    private readonly SemaphoreSlim _readerCount = new(1, 1);
    private readonly SemaphoreSlim _roomEmpty = new(1, 1);
    private int _readers;

    /// <summary>Enters as a reader; dispose the result to leave.</summary>
    public async Task<IAsyncDisposable> ReadAsync(CancellationToken cancellationToken)
    {
        await _turnstile.WaitAsync(cancellationToken).ConfigureAwait(false);
        _turnstile.Release();
        await _readerCount.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            if (++_readers == 1)
            {
                try
                {
                    await _roomEmpty.WaitAsync(cancellationToken).ConfigureAwait(false);
                }
                catch
                {
                    _readers--;
                    throw;
                }
            }
        }
        finally
        {
            _readerCount.Release();
        }

        return new Lease(LeaveReadAsync);
    }

    /// <summary>Enters as the only writer; dispose the result to leave.</summary>
    public async Task<IAsyncDisposable> WriteAsync(CancellationToken cancellationToken)
    {
        await _turnstile.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            await _roomEmpty.WaitAsync(cancellationToken).ConfigureAwait(false);
        }
        catch
        {
            _turnstile.Release();
            throw;
        }

        return new Lease(() =>
        {
            _roomEmpty.Release();
            _turnstile.Release();
            return ValueTask.CompletedTask;
        });
    }

    private async ValueTask LeaveReadAsync()
    {
        await _readerCount.WaitAsync().ConfigureAwait(false);
        if (--_readers == 0)
        {
            _roomEmpty.Release();
        }

        _readerCount.Release();
    }

    private sealed class Lease(Func<ValueTask> leave) : IAsyncDisposable
    {
        private int _left;

        public ValueTask DisposeAsync() => Interlocked.Exchange(ref _left, 1) == 0 ? leave() : ValueTask.CompletedTask;
    }
}
