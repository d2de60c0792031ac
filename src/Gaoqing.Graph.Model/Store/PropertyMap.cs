using System.Collections;
using System.Diagnostics.CodeAnalysis;

namespace Gaoqing.Graph.Model.Store;

/// <summary>A compact, immutable property dictionary: keys in ordinal order in one array, values in another.</summary>
/// <remarks>Graph elements have a handful of properties, so two arrays and a binary search beat a tree or hash table in
/// memory, which matters when the store holds every node of thousands of documents.</remarks>
internal sealed class PropertyMap : IReadOnlyDictionary<string, object?>
{
    private readonly string[] keys;
    private readonly object?[] values;

    private PropertyMap(string[] keys, object?[] values)
    {
        this.keys = keys;
        this.values = values;
    }

    /// <summary>The map with no properties.</summary>
    public static PropertyMap Empty { get; } = new([], []);

    /// <inheritdoc />
    public int Count => keys.Length;

    /// <inheritdoc />
    public IEnumerable<string> Keys => keys;

    /// <inheritdoc />
    public IEnumerable<object?> Values => values;

    /// <inheritdoc />
    public object? this[string key] => TryGetValue(key, out var value) ? value : throw new KeyNotFoundException(key);

    /// <summary>A map of <paramref name="properties"/>; a later pair with the same key replaces an earlier one.</summary>
    public static PropertyMap From(IEnumerable<KeyValuePair<string, object?>> properties)
    {
        var sorted = new SortedDictionary<string, object?>(StringComparer.Ordinal);
        foreach (var (key, value) in properties)
        {
            sorted[string.IsInterned(key) ?? key] = value;
        }

        return sorted.Count == 0 ? Empty : new PropertyMap([.. sorted.Keys], [.. sorted.Values]);
    }

    /// <summary>A map of <paramref name="properties"/>, copied without sorting when their keys already come in strictly
    /// ascending ordinal order (as <see cref="PropertyValues.ToJson"/> writes them); otherwise as <see cref="From"/>.</summary>
    public static PropertyMap FromOrdered(IReadOnlyList<KeyValuePair<string, object?>> properties)
    {
        for (var index = 1; index < properties.Count; index++)
        {
            if (string.CompareOrdinal(properties[index - 1].Key, properties[index].Key) >= 0)
            {
                return From(properties);
            }
        }

        if (properties.Count == 0)
        {
            return Empty;
        }

        var keys = new string[properties.Count];
        var values = new object?[properties.Count];
        for (var index = 0; index < properties.Count; index++)
        {
            keys[index] = string.IsInterned(properties[index].Key) ?? properties[index].Key;
            values[index] = properties[index].Value;
        }

        return new PropertyMap(keys, values);
    }

    /// <inheritdoc />
    public bool ContainsKey(string key) => IndexOf(key) >= 0;

    /// <inheritdoc />
    public bool TryGetValue(string key, [MaybeNullWhen(false)] out object? value)
    {
        var index = IndexOf(key);
        value = index >= 0 ? values[index] : null;
        return index >= 0;
    }

    /// <inheritdoc />
    public IEnumerator<KeyValuePair<string, object?>> GetEnumerator()
    {
        for (var index = 0; index < keys.Length; index++)
        {
            yield return new(keys[index], values[index]);
        }
    }

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();

    /// <summary>
    /// Keys are interned and callers mostly ask with literals, which are interned too, so a scan comparing references
    /// finds most keys before the binary search compares characters.
    /// </summary>
    private int IndexOf(string key)
    {
        for (var index = 0; index < keys.Length; index++)
        {
            if (ReferenceEquals(keys[index], key))
            {
                return index;
            }
        }

        return Array.BinarySearch(keys, key, StringComparer.Ordinal);
    }
}
