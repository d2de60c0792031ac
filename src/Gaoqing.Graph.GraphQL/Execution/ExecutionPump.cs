namespace Gaoqing.Graph.GraphQL.Execution;

/// <summary>
/// Runs one request's continuations one at a time on a queue; when the queue runs dry it dispatches the
/// request's data loaders, so every key asked for by ready work lands in the same batch.
/// </summary>
internal sealed class ExecutionPump : SynchronizationContext
{
    private readonly Queue<(SendOrPostCallback Callback, object? State)> _queue = new();
    private readonly SemaphoreSlim _signal = new(0);
    private int _signalled;

    public override void Post(SendOrPostCallback d, object? state)
    {
        lock (_queue)
        {
            _queue.Enqueue((d, state));
        }
        Wake();
    }

    public override void Send(SendOrPostCallback d, object? state) => throw new NotSupportedException("Synchronous send is not supported.");

    public override SynchronizationContext CreateCopy() => this;

    /// <summary>Wakes the pump once however many times work arrives before it looks again.</summary>
    public void Wake()
    {
        if (Interlocked.Exchange(ref _signalled, 1) == 0)
        {
            _signal.Release();
        }
    }

    /// <summary>Starts <paramref name="work"/> on the pump and runs the pump until it completes.</summary>
    public async Task<T> RunAsync<T>(Func<Task<T>> work, DataLoaderScope loaders, CancellationToken cancellationToken)
    {
        Task<T>? task = null;
        Post(_ => task = work(), null);
        while (true)
        {
            Volatile.Write(ref _signalled, 0);
            DrainQueue();
            if (task is { IsCompleted: true })
            {
                return await task.ConfigureAwait(false);
            }
            var pending = loaders.TakePending();
            if (pending.Count > 0)
            {
                var previous = Current;
                SetSynchronizationContext(null);
                try
                {
                    var batches = new Task[pending.Count];
                    for (var i = 0; i < pending.Count; i++)
                    {
                        batches[i] = pending[i].DispatchAsync(cancellationToken);
                    }
                    await Task.WhenAll(batches).ConfigureAwait(false);
                }
                finally
                {
                    SetSynchronizationContext(previous);
                }
                continue;
            }
            await _signal.WaitAsync(cancellationToken).ConfigureAwait(false);
        }
    }

    private void DrainQueue()
    {
        var previous = Current;
        SetSynchronizationContext(this);
        try
        {
            while (true)
            {
                (SendOrPostCallback Callback, object? State) item;
                lock (_queue)
                {
                    if (!_queue.TryDequeue(out item))
                    {
                        return;
                    }
                }
                item.Callback(item.State);
            }
        }
        finally
        {
            SetSynchronizationContext(previous);
        }
    }
}
