using Gaoqing.Graph.Api.Graph;
using Gaoqing.Graph.GraphQL;
using Gaoqing.Graph.GraphQL.Execution;
using Gaoqing.Graph.GraphQL.Types;
using Gaoqing.Graph.Model;
using Gaoqing.Graph.Model.Store;

namespace Gaoqing.Graph.Api.Schema.Resolvers;

/// <summary>Resolvers of <c>Query</c>; each first enters the graph as a reader so one query sees one graph.</summary>
internal static class QueryResolvers
{
    /// <summary>Attaches the resolvers.</summary>
    public static void Register(SchemaBuilder schema) => schema.Fields("Query")
        .Resolve("node", Reading(async c => await GraphLoad.Node(c, c.Argument<string>("id")!) is { } node && NodeResolvers.TypeOf(node) is not null ? node : null))
        .Resolve("documents", Reading(async c => await Request(c).Store.GetDocumentsAsync(c.CancellationToken)))
        .Resolve("document", Reading(async c => await GraphLoad.Node(c, c.Argument<string>("id")!) is { } node && node.Labels.Contains("Document") ? node : null))
        .Resolve("department", Reading(async c =>
            Request(c).Runtime.Departments.Find(c.Argument<string>("name")!) is { } id ? await GraphLoad.Node(c, id) : null))
        .Resolve("departments", Reading(async c => await PageAsync(c, "Department")))
        .Resolve("tasks", Reading(async c => await TaskSearch.FindAsync(c)))
        .Resolve("projects", Reading(async c => await PageAsync(c, "Project")))
        .Resolve("places", Reading(async c => await PageAsync(c, "Place")))
        .Resolve("indicators", Reading(async c => await PageAsync(c, "Indicator")))
        .Resolve("search", Reading(c =>
            ValueTask.FromResult<object?>(Request(c).Runtime.Answerer.Search(c.Argument<string>("text")!, Connection.PageSize(c.Argument<int?>("first"))))))
        .Resolve("ask", Reading(c => ValueTask.FromResult<object?>(Request(c).Runtime.Answerer.Answer(c.Argument<string>("question")))))
        .Resolve("path", Reading(async c => await PathAsync(c)))
        .Resolve("stats", Reading(async c => await Request(c).Store.GetStatisticsAsync(c.CancellationToken)));

    private static ApiRequest Request(ResolveContext context) => ApiRequest.Of(context);

    private static Func<ResolveContext, ValueTask<object?>> Reading(Func<ResolveContext, ValueTask<object?>> resolve) => async context =>
    {
        await ApiRequest.Of(context).EnterReadAsync(context.CancellationToken);
        return await resolve(context);
    };

    private static async Task<Connection> PageAsync(ResolveContext context, string label)
    {
        var query = new NodeQuery(
            label,
            Search: context.Argument<string>("search") is { Length: > 0 } search ? search : null,
            First: Connection.PageSize(context.Argument<int?>("first")),
            After: Cursor.IdOf(context.Argument<string>("after")));
        return Connection.FromPage(await Request(context).Store.GetNodesByLabelAsync(query, context.CancellationToken));
    }

    private static async Task<GraphPath?> PathAsync(ResolveContext context)
    {
        var maxHops = context.Argument<int?>("maxHops") ?? 4;
        if (maxHops < 1 || maxHops > PathFinder.MaxHops)
        {
            throw new GraphQLError($"maxHops: {maxHops} is out of range; give 1 to {PathFinder.MaxHops}.");
        }

        var store = Request(context).Store;
        var from = context.Argument<string>("from")!;
        var to = context.Argument<string>("to")!;
        var ends = await store.GetNodesAsync([from, to], context.CancellationToken);
        foreach (var (argument, id) in new[] { ("from", from), ("to", to) })
        {
            if (!ends.ContainsKey(id))
            {
                throw new GraphQLError($"{argument}: no node has the id \"{id}\".");
            }
        }

        if (await PathFinder.FindAsync(store, from, to, maxHops, context.CancellationToken) is not { } found)
        {
            return null;
        }

        var nodes = await store.GetNodesAsync(found.Nodes.ToArray(), context.CancellationToken);
        return new GraphPath([.. found.Nodes.Select(id => nodes[id])], found.Types);
    }
}
