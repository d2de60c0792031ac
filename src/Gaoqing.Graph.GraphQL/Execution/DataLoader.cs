namespace Gaoqing.Graph.GraphQL.Execution;

/// <summary>Batches and caches loads by key for one request; the executor dispatches it when it runs out of ready work.</summary>
public sealed class DataLoader<TKey, TValue> : IPendingLoader
    where TKey : notnull
{
    private readonly Func<IReadOnlyList<TKey>, CancellationToken, ValueTask<IReadOnlyDictionary<TKey, TValue>>> _batch;
    private readonly Dictionary<TKey, TaskCompletionSource<TValue?>> _cache = [];
    private readonly DataLoaderScope _scope;
    private List<TKey> _queue = [];

    internal DataLoader(DataLoaderScope scope, Func<IReadOnlyList<TKey>, CancellationToken, ValueTask<IReadOnlyDictionary<TKey, TValue>>> batch)
    {
        _scope = scope;
        _batch = batch;
    }

    /// <summary>Whether keys wait for the next batch.</summary>
    public bool HasPending
    {
        get
        {
            lock (_cache)
            {
                return _queue.Count > 0;
            }
        }
    }

    /// <summary>Loads one key; the value is default when the batch returned nothing for it.</summary>
    public Task<TValue?> LoadAsync(TKey key)
    {
        TaskCompletionSource<TValue?> source;
        lock (_cache)
        {
            if (_cache.TryGetValue(key, out var cached))
            {
                return cached.Task;
            }
            source = new TaskCompletionSource<TValue?>(TaskCreationOptions.RunContinuationsAsynchronously);
            _cache[key] = source;
            _queue.Add(key);
        }
        _scope.Signal();
        return source.Task;
    }

    /// <summary>Runs one batch for every queued key.</summary>
    public async Task DispatchAsync(CancellationToken cancellationToken)
    {
        List<TKey> keys;
        lock (_cache)
        {
            keys = _queue;
            _queue = [];
        }
        if (keys.Count == 0)
        {
            return;
        }
        try
        {
            var values = await _batch(keys, cancellationToken).ConfigureAwait(false);
            foreach (var key in keys)
            {
                Source(key).TrySetResult(values.TryGetValue(key, out var value) ? value : default);
            }
        }
        catch (Exception error)
        {
            foreach (var key in keys)
            {
                Source(key).TrySetException(error);
            }
        }
    }

    private TaskCompletionSource<TValue?> Source(TKey key)
    {
        lock (_cache)
        {
            return _cache[key];
        }
    }
}
