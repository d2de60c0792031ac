using Gaoqing.Graph.GraphQL.Execution;
using Gaoqing.Graph.GraphQL.Types;

namespace Gaoqing.Graph.Api.Schema.Resolvers;

/// <summary>Attaches resolvers to the fields of one SDL-declared type, fluently.</summary>
internal sealed class FieldResolvers(SchemaBuilder schema, string typeName)
{
    /// <summary>Sets an asynchronous resolver.</summary>
    public FieldResolvers Resolve(string field, Func<ResolveContext, ValueTask<object?>> resolver)
    {
        schema.Resolve(typeName, field, resolver);
        return this;
    }

    /// <summary>Sets a synchronous resolver.</summary>
    public FieldResolvers Resolve(string field, Func<ResolveContext, object?> resolver)
    {
        schema.Resolve(typeName, field, resolver);
        return this;
    }
}

/// <summary>Starts attaching resolvers to a type: <c>schema.Fields("Task").Resolve("title", …)</c>.</summary>
internal static class FieldResolversExtensions
{
    /// <summary>The resolvers of type <paramref name="typeName"/>.</summary>
    public static FieldResolvers Fields(this SchemaBuilder schema, string typeName) => new(schema, typeName);
}
