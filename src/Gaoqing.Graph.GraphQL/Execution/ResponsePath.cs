namespace Gaoqing.Graph.GraphQL.Execution;

/// <summary>A linked list of response path segments (field names and list indexes).</summary>
internal sealed class ResponsePath(ResponsePath? previous, object key)
{
    private static readonly object[] BoxedIndexes = [.. Enumerable.Range(0, 1024).Select(i => (object)i)];

    public ResponsePath? Previous { get; } = previous;

    public object Key { get; } = key;

    /// <summary>A boxed list index, shared for small indexes.</summary>
    public static object Index(int index) => index < BoxedIndexes.Length ? BoxedIndexes[index] : index;

    public List<object> ToList()
    {
        var list = new List<object>();
        for (var segment = this; segment is not null; segment = segment.Previous)
        {
            list.Add(segment.Key);
        }
        list.Reverse();
        return list;
    }
}
