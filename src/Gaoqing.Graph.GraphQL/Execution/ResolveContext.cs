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

    /// <summary>An argument's value as <typeparamref name="T"/> (numbers converted, e.g. Int to long), or default when absent or null.</summary>
    public T? Argument<T>(string name)
    {
        if (!Arguments.TryGetValue(name, out var value) || value is null)
        {
            return default;
        }
        if (value is T typed)
        {
            return typed;
        }
        var target = Nullable.GetUnderlyingType(typeof(T)) ?? typeof(T);
        return (T)Convert.ChangeType(value, target, System.Globalization.CultureInfo.InvariantCulture);
    }

    /// <summary>
    /// The request's loader named <paramref name="name"/>, created on first use with <paramref name="batch"/>.
    /// Keys requested while the executor has ready work are collected and loaded in one batch call.
    /// </summary>
    public DataLoader<TKey, TValue> GetDataLoader<TKey, TValue>(string name, Func<IReadOnlyList<TKey>, CancellationToken, ValueTask<IReadOnlyDictionary<TKey, TValue>>> batch)
        where TKey : notnull =>
        Execution.Loaders.GetOrCreate(name, batch);
}
