using Gaoqing.Graph.GraphQL.Execution;
using Gaoqing.Graph.Model;
using Gaoqing.Graph.Model.Building;
using Gaoqing.Graph.Model.Store;

namespace Gaoqing.Graph.Api.Schema.Resolvers;

/// <summary>The root <c>tasks</c> field: tasks filtered by document, year, text and responsible department, in reading order.</summary>
internal static class TaskSearch
{
    /// <summary>The page of tasks the field's filter and paging arguments ask for.</summary>
    public static async Task<Connection> FindAsync(ResolveContext context)
    {
        var first = Connection.PageSize(context.Argument<int?>("first"));
        var filter = context.Argument<IReadOnlyDictionary<string, object?>>("filter");
        var where = new Dictionary<string, object?>(StringComparer.Ordinal);
        if (Value<string>(filter, "documentId") is { } documentId)
        {
            where[Evidence.SourceDocument] = documentId;
        }

        if (Value<int?>(filter, "year") is { } year)
        {
            where["year"] = (long)year;
        }

        var request = ApiRequest.Of(context);
        var page = await request.Store.GetNodesByLabelAsync(
            new NodeQuery("Task", Value<string>(filter, "text") is { Length: > 0 } text ? text : null, where.Count > 0 ? where : null, int.MaxValue),
            context.CancellationToken);
        IEnumerable<GraphNode> tasks = page.Nodes;
        foreach (var (key, type) in new[] { ("ledBy", "LEADS"), ("supportedBy", "SUPPORTS") })
        {
            if (Value<string>(filter, key) is not { } name)
            {
                continue;
            }

            var ids = request.Runtime.Departments.Find(name) is { } department
                ? (await GraphLoad.Relationships(context, department, RelationshipDirection.Outgoing, type)).Select(r => r.End).ToHashSet(StringComparer.Ordinal)
                : [];
            tasks = tasks.Where(t => ids.Contains(t.Id));
        }

        return Connection.Slice(GraphLoad.ReadingOrder(tasks), first, context.Argument<string>("after"));
    }

    private static T? Value<T>(IReadOnlyDictionary<string, object?>? filter, string key) =>
        filter is not null && filter.TryGetValue(key, out var value) && value is T typed ? typed : default;
}
