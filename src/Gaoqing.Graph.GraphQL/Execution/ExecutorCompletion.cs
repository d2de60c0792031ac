using System.Collections;
using System.Text.Json;
using Gaoqing.Graph.GraphQL.Language.Ast;
using Gaoqing.Graph.GraphQL.Types;

namespace Gaoqing.Graph.GraphQL.Execution;

/// <summary>CompleteValue of the spec: non-null checks, lists, leaves, abstract and object types.</summary>
public static partial class Executor
{
    /// <remarks>
    /// Not itself async: it hands back the task of the list or object it completes, so a pending field costs no frame
    /// here. Its own errors are thrown synchronously; every caller calls it inside the try that handles a failed task.
    /// </remarks>
    private static ValueTask<object?> CompleteValueAsync(ExecutionContext context, GraphQLType type, List<FieldNode> nodes, ObjectType parentType, FieldDefinition field, ResponsePath path, object? result)
    {
        // Completing a non-null value never yields null (lists, objects, scalars and enums either complete or throw), so
        // the non-null check needs only the raw result.
        var isNull = result is null || result is JsonElement { ValueKind: JsonValueKind.Null or JsonValueKind.Undefined };
        if (type is NonNullType nonNull)
        {
            if (isNull)
            {
                throw new GraphQLError($"Cannot return null for non-nullable field {parentType.Name}.{field.Name}.");
            }
            type = nonNull.OfType;
        }
        if (isNull)
        {
            return new ValueTask<object?>((object?)null);
        }
        switch (type)
        {
            case ListType list:
                return result is IAsyncEnumerable<object?> stream
                    ? CompleteStreamAsync(context, list, nodes, parentType, field, path, stream)
                    : CompleteListAsync(context, list, nodes, parentType, field, path, result!);
            case ScalarType scalar:
                return new ValueTask<object?>(scalar.Serialize(result) ?? throw new GraphQLError($"Expected `{scalar.Name}.serialize({Inspect.Value(result)})` to return non-nullable value, returned: null"));
            case EnumType enumType:
                return new ValueTask<object?>(enumType.FindByInternalValue(result)?.Name ?? throw new GraphQLError($"Enum \"{enumType.Name}\" cannot represent value: {Inspect.Value(result)}"));
            case ObjectType objectType:
                return CompleteObjectAsync(context, objectType, nodes, path, result);
            default:
                var runtimeType = ResolveRuntimeType(context, (NamedType)type, nodes, parentType, field, result);
                return CompleteObjectAsync(context, runtimeType, nodes, path, result);
        }
    }

    private static async ValueTask<object?> CompleteStreamAsync(ExecutionContext context, ListType list, List<FieldNode> nodes, ObjectType parentType, FieldDefinition field, ResponsePath path, IAsyncEnumerable<object?> stream)
    {
        var items = await DrainAsync(stream, context.CancellationToken);
        return await CompleteListAsync(context, list, nodes, parentType, field, path, items);
    }

    private static async Task<List<object?>> DrainAsync(IAsyncEnumerable<object?> stream, CancellationToken cancellationToken)
    {
        var items = new List<object?>();
        await foreach (var item in stream.WithCancellation(cancellationToken))
        {
            items.Add(item);
        }
        return items;
    }

    private static ValueTask<object?> CompleteObjectAsync(ExecutionContext context, ObjectType type, List<FieldNode> nodes, ResponsePath path, object? result)
    {
        if (type.IsTypeOf is not null && !type.IsTypeOf(result))
        {
            throw GraphQLError.At($"Expected value of type \"{type.Name}\" but got: {Inspect.Value(result)}.", nodes);
        }
        return ExecuteFieldsAsync(context, type, result, path, FieldCollector.CollectSubfields(context, type, nodes));
    }

    private static async ValueTask<object?> CompleteListAsync(ExecutionContext context, ListType type, List<FieldNode> nodes, ObjectType parentType, FieldDefinition field, ResponsePath path, object result)
    {
        IEnumerable? items = result switch
        {
            JsonElement { ValueKind: JsonValueKind.Array } array => array.EnumerateArray(),
            JsonElement or string or IDictionary => null,
            IEnumerable enumerable => enumerable,
            _ => null,
        };
        if (items is null)
        {
            throw new GraphQLError($"Expected Iterable, but did not find one for field \"{parentType.Name}.{field.Name}\".");
        }
        var completed = new List<object?>(result switch
        {
            JsonElement array => array.GetArrayLength(),
            ICollection collection => collection.Count,
            _ => 4,
        });
        List<(int Index, ValueTask<object?> Task)>? pending = null;
        var index = 0;
        foreach (var item in items)
        {
            var task = CompleteItemAsync(context, type.OfType, nodes, parentType, field, new ResponsePath(path, ResponsePath.Index(index)), item);
            if (task.IsCompletedSuccessfully)
            {
                completed.Add(task.Result);
            }
            else if (task.IsCompleted)
            {
                task.GetAwaiter().GetResult();
            }
            else
            {
                completed.Add(null);
                (pending ??= []).Add((index, task));
            }
            index++;
        }
        if (pending is not null)
        {
            foreach (var (at, task) in pending)
            {
                completed[at] = await task;
            }
        }
        return completed;
    }

    private static async ValueTask<object?> CompleteItemAsync(ExecutionContext context, GraphQLType itemType, List<FieldNode> nodes, ObjectType parentType, FieldDefinition field, ResponsePath itemPath, object? item)
    {
        try
        {
            var task = CompleteValueAsync(context, itemType, nodes, parentType, field, itemPath, item is Task<object?> pendingItem ? await pendingItem : item);
            return task.IsCompletedSuccessfully ? task.Result : await task;
        }
        catch (Exception raw) when (raw is not OperationCanceledException || !context.CancellationToken.IsCancellationRequested)
        {
            var error = Locate(raw, nodes, itemPath);
            if (itemType is NonNullType)
            {
                throw error;
            }
            context.AddError(error);
            return null;
        }
    }

    private static ObjectType ResolveRuntimeType(ExecutionContext context, NamedType abstractType, List<FieldNode> nodes, ObjectType parentType, FieldDefinition field, object? result)
    {
        var resolver = abstractType switch
        {
            InterfaceType i => i.ResolveType,
            UnionType u => u.ResolveType,
            _ => null,
        };
        var typeContext = new ResolveTypeContext(context.Schema, abstractType, context.UserContext);
        var name = resolver is null ? DefaultResolvers.ResolveTypeName(result, typeContext) : resolver(result, typeContext);
        if (name is null)
        {
            throw GraphQLError.At($"Abstract type \"{abstractType.Name}\" must resolve to an Object type at runtime for field \"{parentType.Name}.{field.Name}\". Either the \"{abstractType.Name}\" type should provide a \"resolveType\" function or each possible type should provide an \"isTypeOf\" function.", nodes);
        }
        var runtimeType = context.Schema.GetType(name);
        if (runtimeType is null)
        {
            throw GraphQLError.At($"Abstract type \"{abstractType.Name}\" was resolved to a type \"{name}\" that does not exist inside the schema.", nodes);
        }
        if (runtimeType is not ObjectType objectType)
        {
            throw GraphQLError.At($"Abstract type \"{abstractType.Name}\" was resolved to a non-object type \"{name}\".", nodes);
        }
        if (!context.Schema.IsPossibleType(abstractType, objectType))
        {
            throw GraphQLError.At($"Runtime Object type \"{objectType.Name}\" is not a possible type for \"{abstractType.Name}\".", nodes);
        }
        return objectType;
    }
}
