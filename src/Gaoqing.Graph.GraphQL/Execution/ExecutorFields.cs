using System.Runtime.CompilerServices;
using Gaoqing.Graph.GraphQL.Introspection;
using Gaoqing.Graph.GraphQL.Language.Ast;
using Gaoqing.Graph.GraphQL.Types;

namespace Gaoqing.Graph.GraphQL.Execution;

/// <summary>Executing selection sets and single fields, with graphql-js's error handling and null propagation.</summary>
public static partial class Executor
{
    private static readonly object Omitted = new();

    /// <summary>The fields of one object, as a <see cref="ResultMap"/> (typed object so completion passes its task on as it is).</summary>
    private static async ValueTask<object?> ExecuteFieldsAsync(ExecutionContext context, ObjectType parentType, object? source, ResponsePath? path, FieldGroups groups)
    {
        var map = new ResultMap(groups.Keys.Count);
        List<(int Index, ValueTask<object?> Task)>? pending = null;
        for (var i = 0; i < groups.Keys.Count; i++)
        {
            var key = groups.Keys[i];
            var task = ExecuteFieldAsync(context, parentType, source, groups.Nodes[i], path, key);
            if (task.IsCompletedSuccessfully)
            {
                var value = task.Result;
                if (!ReferenceEquals(value, Omitted))
                {
                    map.Add(key, value);
                }
            }
            else if (task.IsCompleted)
            {
                await SettleAsync(pending);
                task.GetAwaiter().GetResult();
            }
            else
            {
                (pending ??= []).Add((map.Add(key, null), task));
            }
        }
        if (pending is not null)
        {
            GraphQLError? first = null;
            foreach (var (index, task) in pending)
            {
                try
                {
                    map.SetAt(index, await task);
                }
                catch (GraphQLError error)
                {
                    first ??= error;
                }
            }
            if (first is not null)
            {
                throw first;
            }
        }
        return map;
    }

    private static async Task SettleAsync(List<(int Index, ValueTask<object?> Task)>? pending)
    {
        if (pending is null)
        {
            return;
        }
        foreach (var (_, task) in pending)
        {
            try
            {
                await task;
            }
            catch (GraphQLError)
            {
                // The sibling that failed first decides the outcome; later failures were already recorded.
            }
        }
    }

    private static async ValueTask<object?> ExecuteFieldsSeriallyAsync(ExecutionContext context, ObjectType parentType, object? source, ResponsePath? path, FieldGroups groups)
    {
        var map = new ResultMap(groups.Keys.Count);
        for (var i = 0; i < groups.Keys.Count; i++)
        {
            var key = groups.Keys[i];
            var value = await ExecuteFieldAsync(context, parentType, source, groups.Nodes[i], path, key);
            if (!ReferenceEquals(value, Omitted))
            {
                map.Add(key, value);
            }
        }
        return map;
    }

    private static ValueTask<object?> ExecuteFieldAsync(ExecutionContext context, ObjectType parentType, object? source, List<FieldNode> nodes, ResponsePath? parentPath, string key)
    {
        var definition = GetFieldDefinition(context.Schema, parentType, nodes[0].Name.Value);
        return definition is null
            ? new ValueTask<object?>(Omitted)
            : ResolveFieldAsync(context, parentType, source, definition, nodes, parentPath, key);
    }

    private static FieldDefinition? GetFieldDefinition(Schema schema, ObjectType parentType, string name)
    {
        if (name.Length > 2 && name[0] == '_' && name[1] == '_')
        {
            switch (name)
            {
                case "__typename":
                    return IntrospectionFields.TypeName;
                case "__schema" when ReferenceEquals(schema.Query, parentType):
                    return IntrospectionFields.Schema;
                case "__type" when ReferenceEquals(schema.Query, parentType):
                    return IntrospectionFields.Type;
            }
        }
        return parentType.FindField(name);
    }

    private static async ValueTask<object?> ResolveFieldAsync(ExecutionContext context, ObjectType parentType, object? source, FieldDefinition definition, List<FieldNode> nodes, ResponsePath? parentPath, string key)
    {
        // Leaf fields without resolvers need their path only for errors, so it is built lazily for them.
        var path = definition.Resolve is null && definition.Type.Nullable is ScalarType or EnumType ? null : new ResponsePath(parentPath, key);
        try
        {
            context.CancellationToken.ThrowIfCancellationRequested();
            RuntimeHelpers.EnsureSufficientExecutionStack();
            object? result;
            var arguments = ArgumentValues.Coerce(definition.Arguments, nodes[0].Arguments, nodes[0], context.Variables);
            if (definition.Resolve is null)
            {
                result = DefaultResolvers.ReadProperty(source, definition.Name);
            }
            else
            {
                var resolveContext = new ResolveContext(context, source, arguments, definition, parentType, nodes, path!);
                var resolved = definition.Resolve(resolveContext);
                result = resolved.IsCompletedSuccessfully ? resolved.Result : await resolved;
            }
            var completed = CompleteValueAsync(context, definition.Type, nodes, parentType, definition, path!, result);
            return completed.IsCompletedSuccessfully ? completed.Result : await completed;
        }
        catch (Exception raw) when (raw is not OperationCanceledException || !context.CancellationToken.IsCancellationRequested)
        {
            var error = Locate(raw, nodes, path ?? new ResponsePath(parentPath, key));
            if (definition.Type is NonNullType)
            {
                throw error;
            }
            context.AddError(error);
            return null;
        }
    }

    private static GraphQLError Locate(Exception raw, List<FieldNode> nodes, ResponsePath path)
    {
        if (raw is GraphQLError { Path: not null } located)
        {
            return located;
        }
        var graphQLError = raw as GraphQLError;
        var locations = graphQLError?.Locations ?? GraphQLError.At(string.Empty, nodes).Locations;
        return new GraphQLError(raw.Message, locations, path.ToList(), graphQLError?.Extensions, raw);
    }
}
