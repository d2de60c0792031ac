namespace Gaoqing.Graph.GraphQL.Execution;

/// <summary>A loader the executor can dispatch.</summary>
public interface IPendingLoader
{
    /// <summary>Whether keys wait for the next batch.</summary>
    bool HasPending { get; }

    /// <summary>Runs one batch for every queued key.</summary>
    Task DispatchAsync(CancellationToken cancellationToken);
}

/// <summary>The loaders of one request.</summary>
internal sealed class DataLoaderScope(Action signal)
{
    private readonly Dictionary<string, IPendingLoader> _loaders = new(StringComparer.Ordinal);

    public DataLoader<TKey, TValue> GetOrCreate<TKey, TValue>(string name, Func<IReadOnlyList<TKey>, CancellationToken, ValueTask<IReadOnlyDictionary<TKey, TValue>>> batch)
        where TKey : notnull
    {
        lock (_loaders)
        {
            if (_loaders.TryGetValue(name, out var existing))
            {
                return (DataLoader<TKey, TValue>)existing;
            }
            var loader = new DataLoader<TKey, TValue>(this, batch);
            _loaders[name] = loader;
            return loader;
        }
    }

    public void Signal() => signal();

    public List<IPendingLoader> TakePending()
    {
        lock (_loaders)
        {
            var pending = new List<IPendingLoader>();
            foreach (var loader in _loaders.Values)
            {
                if (loader.HasPending)
                {
                    pending.Add(loader);
                }
            }
            return pending;
        }
    }
}
