using Gaoqing.Graph.GraphQL.Types;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Gaoqing.Graph.GraphQL.Http;

/// <summary>Maps a GraphQL-over-HTTP endpoint into an ASP.NET Core application.</summary>
public static class GraphQLEndpointExtensions
{
    /// <summary>Serves <paramref name="schema"/> at <paramref name="path"/> for GET and POST (other methods get 405).</summary>
    public static IEndpointConventionBuilder MapGraphQL(this IEndpointRouteBuilder endpoints, string path, Schema schema, GraphQLHttpOptions? options = null)
    {
        var handler = new GraphQLHttpHandler(schema, options ?? new GraphQLHttpOptions());
        return endpoints.Map(path, handler.HandleAsync);
    }
}
