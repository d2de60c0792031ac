using Gaoqing.Graph.GraphQL.Language.Ast;
using Gaoqing.Graph.GraphQL.Types;

namespace Gaoqing.Graph.GraphQL.Execution;

/// <summary>Everything a field resolver may use: parent value, arguments, request context, path and loaders.</summary>
public sealed class ResolveContext
{
    internal ResolveContext(ExecutionContext execution, object? source, IReadOnlyDictionary<string, object?> arguments, FieldDefinition field, ObjectType parentType, IReadOnlyList<FieldNode> fieldNodes, ResponsePath path)
    {
        Execution = execution;
        Source = source;
        Arguments = arguments;
        Field = field;
        ParentType = parentType;
        FieldNodes = fieldNodes;
        PathSegment = path;
    }

    internal ExecutionContext Execution { get; }

    /// <summary>The parent object's value (the root value for root fields).</summary>
    public object? Source { get; }

    /// <summary>Coerced argument values; arguments not given and without default are absent.</summary>
    public IReadOnlyDictionary<string, object?> Arguments { get; }

    /// <summary>The field being resolved.</summary>
    public FieldDefinition Field { get; }

    /// <summary>The object type owning the field.</summary>
    public ObjectType ParentType { get; }

    /// <summary>The field selections merged into this field.</summary>
    public IReadOnlyList<FieldNode> FieldNodes { get; }

    /// <summary>The schema.</summary>
    public Schema Schema => Execution.Schema;

    /// <summary>The operation being executed.</summary>
    public OperationDefinitionNode Operation => Execution.Operation;

    /// <summary>Coerced variable values.</summary>
    public IReadOnlyDictionary<string, object?> Variables => Execution.Variables;

    /// <summary>The per-request user context passed to the executor.</summary>
    public object? UserContext => Execution.UserContext;

    /// <summary>Cancelled when the request is abandoned.</summary>
    public CancellationToken CancellationToken => Execution.CancellationToken;

    /// <summary>The response path of this field.</summary>
    public IReadOnlyList<object> Path => PathSegment.ToList();

    internal ResponsePath PathSegment { get; }

    /// <summary>An argument's value converted to <typeparamref name="T"/>, or default when absent or null.</summary>
    public T? Argument<T>(string name) =>
        Arguments.TryGetValue(name, out var value) && value is not null ? (T)value : default;

    /// <summary>
    /// The request's loader named <paramref name="name"/>, created on first use with <paramref name="batch"/>.
    /// Keys requested while the executor has ready work are collected and loaded in one batch call.
    /// </summary>
    public DataLoader<TKey, TValue> GetDataLoader<TKey, TValue>(string name, Func<IReadOnlyList<TKey>, CancellationToken, ValueTask<IReadOnlyDictionary<TKey, TValue>>> batch)
        where TKey : notnull =>
        Execution.Loaders.GetOrCreate(name, batch);
}

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
