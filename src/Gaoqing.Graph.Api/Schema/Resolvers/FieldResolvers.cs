using Gaoqing.Graph.GraphQL;
using Gaoqing.Graph.GraphQL.Execution;
using Gaoqing.Graph.GraphQL.Types;

namespace Gaoqing.Graph.Api.Schema.Resolvers;

/// <summary>
/// Attaches resolvers to the fields of one SDL-declared type, fluently. An unexpected exception in a resolver is logged
/// and reaches the client only as "internal error in Type.field", never with its message or stack.
/// </summary>
internal sealed class FieldResolvers(SchemaBuilder schema, string typeName)
{
    /// <summary>Sets an asynchronous resolver.</summary>
    public FieldResolvers Resolve(string field, Func<ResolveContext, ValueTask<object?>> resolver) => Attach(field, resolver);

    /// <summary>Sets a resolver that hands back a task of its own (a batched load, say) without an async frame of its own.</summary>
    public FieldResolvers Resolve<T>(string field, Func<ResolveContext, Task<T>> resolver) =>
        Attach(field, context => new ValueTask<T>(resolver(context)));

    /// <summary>Sets a synchronous resolver.</summary>
    public FieldResolvers Resolve(string field, Func<ResolveContext, object?> resolver)
    {
        schema.Resolve(typeName, field, context =>
        {
            try
            {
                return resolver(context);
            }
            catch (Exception error) when (IsUnexpected(error))
            {
                throw Shield(error, context, field);
            }
        });
        return this;
    }

    private FieldResolvers Attach<T>(string field, Func<ResolveContext, ValueTask<T>> resolver)
    {
        schema.Resolve(typeName, field, context =>
        {
            try
            {
                var result = resolver(context);
                return result.IsCompletedSuccessfully ? new ValueTask<object?>(result.Result) : AwaitShielded(result, context, field);
            }
            catch (Exception error) when (IsUnexpected(error))
            {
                throw Shield(error, context, field);
            }
        });
        return this;
    }

    private async ValueTask<object?> AwaitShielded<T>(ValueTask<T> pending, ResolveContext context, string field)
    {
        try
        {
            return await pending;
        }
        catch (Exception error) when (IsUnexpected(error))
        {
            throw Shield(error, context, field);
        }
    }

    private static bool IsUnexpected(Exception error) => error is not GraphQLError and not OperationCanceledException;

    private GraphQLError Shield(Exception error, ResolveContext context, string field)
    {
        (context.UserContext as ApiRequest)?.LogResolverFailure(error, typeName, field);
        return new GraphQLError($"Internal error in {typeName}.{field}; the server log has the details.");
    }
}

/// <summary>Starts attaching resolvers to a type: <c>schema.Fields("Task").Resolve("title", …)</c>.</summary>
internal static class FieldResolversExtensions
{
    /// <summary>The resolvers of type <paramref name="typeName"/>.</summary>
    public static FieldResolvers Fields(this SchemaBuilder schema, string typeName) => new(schema, typeName);
}
