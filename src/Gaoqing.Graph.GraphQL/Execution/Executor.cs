using System.Text.Json;
using Gaoqing.Graph.GraphQL.Language.Ast;
using Gaoqing.Graph.GraphQL.Types;

namespace Gaoqing.Graph.GraphQL.Execution;

/// <summary>
/// Executes an already validated document against a schema (spec chapter 6), producing data and errors
/// shaped like graphql-js's <c>execute</c>. It does not validate; run the document validator first.
/// </summary>
public static partial class Executor
{
    private static readonly IReadOnlyDictionary<string, object?> NoVariables = new Dictionary<string, object?>();

    /// <summary>Executes with variables given as a JSON object (or an undefined element for none).</summary>
    public static Task<ExecutionResult> ExecuteAsync(Schema schema, DocumentNode document, string? operationName, JsonElement variables, object? rootValue = null, object? userContext = null, CancellationToken cancellationToken = default)
    {
        if (variables.ValueKind is JsonValueKind.Undefined or JsonValueKind.Null)
        {
            return ExecuteAsync(schema, document, operationName, NoVariables, rootValue, userContext, cancellationToken);
        }
        if (variables.ValueKind != JsonValueKind.Object)
        {
            return Task.FromResult(ExecutionResult.FromErrors([new GraphQLError("Variables must be provided as an Object where each property is a variable value. Perhaps look to see if an unparsed JSON string was provided.")]));
        }
        var map = new Dictionary<string, object?>(StringComparer.Ordinal);
        foreach (var property in variables.EnumerateObject())
        {
            map[property.Name] = property.Value;
        }
        return ExecuteAsync(schema, document, operationName, map, rootValue, userContext, cancellationToken);
    }

    /// <summary>Executes with variables given as a dictionary of JSON elements or .NET values.</summary>
    public static async Task<ExecutionResult> ExecuteAsync(Schema schema, DocumentNode document, string? operationName = null, IReadOnlyDictionary<string, object?>? variables = null, object? rootValue = null, object? userContext = null, CancellationToken cancellationToken = default)
    {
        cancellationToken.ThrowIfCancellationRequested();
        OperationDefinitionNode? operation = null;
        var fragments = new Dictionary<string, FragmentDefinitionNode>(StringComparer.Ordinal);
        foreach (var definition in document.Definitions)
        {
            switch (definition)
            {
                case OperationDefinitionNode candidate:
                    if (operationName is null)
                    {
                        if (operation is not null)
                        {
                            return ExecutionResult.FromErrors([new GraphQLError("Must provide operation name if query contains multiple operations.")]);
                        }
                        operation = candidate;
                    }
                    else if (candidate.Name?.Value == operationName)
                    {
                        operation = candidate;
                    }
                    break;
                case FragmentDefinitionNode fragment:
                    fragments[fragment.Name.Value] = fragment;
                    break;
            }
        }
        if (operation is null)
        {
            return ExecutionResult.FromErrors([new GraphQLError(operationName is null ? "Must provide an operation." : $"Unknown operation named \"{operationName}\".")]);
        }
        var (coerced, errors) = VariableValues.Coerce(schema, operation.VariableDefinitions, variables ?? NoVariables);
        if (coerced is null)
        {
            return ExecutionResult.FromErrors(errors);
        }
        var pump = new ExecutionPump();
        var loaders = new DataLoaderScope(pump.Wake);
        var context = new ExecutionContext(schema, operation, fragments, coerced, rootValue, userContext, loaders, cancellationToken);
        return await pump.RunAsync(() => ExecuteOperationAsync(context), loaders, cancellationToken).ConfigureAwait(false);
    }

    private static async Task<ExecutionResult> ExecuteOperationAsync(ExecutionContext context)
    {
        var operation = context.Operation;
        var rootType = context.Schema.GetRootType(operation.Operation);
        if (rootType is null)
        {
            var kind = operation.Operation.ToString().ToLowerInvariant();
            context.AddError(GraphQLError.At($"Schema is not configured to execute {kind} operation.", [operation]));
            return new ExecutionResult(null, context.Errors, true);
        }
        try
        {
            var groups = FieldCollector.Collect(context, rootType, operation.SelectionSet);
            var data = operation.Operation == OperationType.Mutation
                ? await ExecuteFieldsSeriallyAsync(context, rootType, context.RootValue, null, groups)
                : await ExecuteFieldsAsync(context, rootType, context.RootValue, null, groups);
            return new ExecutionResult((ResultMap?)data, context.Errors, true);
        }
        catch (GraphQLError error)
        {
            context.AddError(error);
            return new ExecutionResult(null, context.Errors, true);
        }
    }
}
