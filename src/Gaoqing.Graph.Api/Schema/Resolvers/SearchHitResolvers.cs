using Gaoqing.Graph.Answering.Search;
using Gaoqing.Graph.GraphQL.Types;

namespace Gaoqing.Graph.Api.Schema.Resolvers;

/// <summary>Resolvers of <c>SearchHit</c>: score, the node found and a snippet of its text.</summary>
internal static class SearchHitResolvers
{
    /// <summary>Attaches the resolvers.</summary>
    public static void Register(SchemaBuilder schema) => schema.Fields("SearchHit")
        .Resolve("score", c => Source.As<SearchHit>(c).Score)
        .Resolve("node", c => Source.As<SearchHit>(c).Node)
        .Resolve("snippet", c => Source.As<SearchHit>(c).Snippet);
}
