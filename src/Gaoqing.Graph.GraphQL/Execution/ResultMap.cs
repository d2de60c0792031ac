namespace Gaoqing.Graph.GraphQL.Execution;

/// <summary>An object in the response: keys kept in selection order.</summary>
public sealed class ResultMap
{
    private string[] _keys;
    private object?[] _values;

    /// <summary>Creates a map with room for <paramref name="capacity"/> entries.</summary>
    public ResultMap(int capacity)
    {
        _keys = new string[Math.Max(capacity, 1)];
        _values = new object?[_keys.Length];
    }

    /// <summary>Number of entries.</summary>
    public int Count { get; private set; }

    /// <summary>The key at an index.</summary>
    public string KeyAt(int index) => _keys[index];

    /// <summary>The value at an index.</summary>
    public object? ValueAt(int index) => _values[index];

    /// <summary>The value for a key, or null.</summary>
    public object? this[string key]
    {
        get
        {
            for (var i = 0; i < Count; i++)
            {
                if (_keys[i] == key)
                {
                    return _values[i];
                }
            }
            return null;
        }
    }

    /// <summary>Appends an entry and returns its index.</summary>
    public int Add(string key, object? value)
    {
        if (Count == _keys.Length)
        {
            Array.Resize(ref _keys, Count * 2);
            Array.Resize(ref _values, Count * 2);
        }
        _keys[Count] = key;
        _values[Count] = value;
        return Count++;
    }

    /// <summary>Replaces the value at an index.</summary>
    public void SetAt(int index, object? value) => _values[index] = value;
}
