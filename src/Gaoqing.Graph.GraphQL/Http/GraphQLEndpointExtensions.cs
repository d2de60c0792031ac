using Gaoqing.Graph.GraphQL.Types;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Gaoqing.Graph.GraphQL.Http;

/// <summary>Maps a GraphQL-over-HTTP endpoint into an ASP.NET Core application.</summary>
public static class GraphQLEndpointExtensions
{
    /// <summary>Serves <paramref name="schema"/> at <paramref name="path"/> for GET and POST (other methods get 405).</summary>
    public static IEndpointConventionBuilder MapGraphQL(this IEndpointRouteBuilder endpoints, string path, Schema schema, GraphQLHttpOptions? options = null) =>
        endpoints.MapGraphQL(path, new GraphQLHttpHandler(schema, options ?? new GraphQLHttpOptions()));

    /// <summary>Serves a handler built by the caller (who may then inspect its document cache).</summary>
    public static IEndpointConventionBuilder MapGraphQL(this IEndpointRouteBuilder endpoints, string path, GraphQLHttpHandler handler) =>
        endpoints.Map(path, handler.HandleAsync);
}
