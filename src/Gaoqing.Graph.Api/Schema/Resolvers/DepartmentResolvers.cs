using Gaoqing.Graph.GraphQL.Execution;
using Gaoqing.Graph.GraphQL.Types;
using Gaoqing.Graph.Model;
using Gaoqing.Graph.Model.Store;

namespace Gaoqing.Graph.Api.Schema.Resolvers;

/// <summary>Resolvers of <c>Department</c>: names, the tasks it leads and supports, and its partners.</summary>
internal static class DepartmentResolvers
{
    /// <summary>Attaches the resolvers.</summary>
    public static void Register(SchemaBuilder schema) => schema.Fields("Department")
        .Resolve("id", c => Source.Node(c).Id)
        .Resolve("name", c => Source.Text(c, "name") ?? Source.Node(c).Id)
        .Resolve("aliases", c => GraphValues.Texts(Source.Node(c), "aliases"))
        .Resolve("level", c => Source.Text(c, "level"))
        .Resolve("leads", async c => await TasksAsync(c, "LEADS"))
        .Resolve("supports", async c => await TasksAsync(c, "SUPPORTS"))
        .Resolve("partners", async c => await PartnersAsync(c));

    private static async Task<Connection> TasksAsync(ResolveContext context, string type)
    {
        var tasks = await GraphLoad.Neighbours(context, Source.Node(context).Id, RelationshipDirection.Outgoing, type, "Task");
        return Connection.Slice(tasks, Connection.PageSize(context.Argument<int?>("first")), context.Argument<string>("after"));
    }

    private static async Task<IReadOnlyList<Partner>> PartnersAsync(ResolveContext context)
    {
        var first = Connection.PageSize(context.Argument<int?>("first"));
        var self = Source.Node(context).Id;
        var own = await GraphLoad.All([
            GraphLoad.Neighbours(context, self, RelationshipDirection.Outgoing, "LEADS", "Task"),
            GraphLoad.Neighbours(context, self, RelationshipDirection.Outgoing, "SUPPORTS", "Task")]);
        var tasks = GraphLoad.ReadingOrder(own.SelectMany(t => t).DistinctBy(t => t.Id));
        var shared = new Dictionary<string, List<GraphNode>>(StringComparer.Ordinal);
        var responsible = await GraphLoad.All(tasks.Select(async task => (Task: task, Units: await GraphLoad.All([
            GraphLoad.Relationships(context, task.Id, RelationshipDirection.Incoming, "LEADS"),
            GraphLoad.Relationships(context, task.Id, RelationshipDirection.Incoming, "SUPPORTS")]))));
        foreach (var (task, units) in responsible)
        {
            foreach (var department in units.SelectMany(u => u).Select(r => r.Start).Distinct(StringComparer.Ordinal).Where(d => d != self))
            {
                if (!shared.TryGetValue(department, out var list))
                {
                    shared[department] = list = [];
                }

                list.Add(task);
            }
        }

        return [.. shared
            .OrderByDescending(p => p.Value.Count)
            .ThenBy(p => p.Key, StringComparer.Ordinal)
            .Take(first)
            .Select(p => new Partner(p.Key, p.Value))];
    }
}
