using Gaoqing.Graph.GraphQL.Execution;
using Gaoqing.Graph.GraphQL.Types;
using Gaoqing.Graph.Model;
using Gaoqing.Graph.Model.Store;

namespace Gaoqing.Graph.Api.Schema.Resolvers;

/// <summary>Resolvers of <c>Project</c>: the tasks that mention it, the places named with it, and where it is mentioned.</summary>
internal static class ProjectResolvers
{
    /// <summary>Attaches the resolvers.</summary>
    public static void Register(SchemaBuilder schema) => schema.Fields("Project")
        .Resolve("id", c => Source.Node(c).Id)
        .Resolve("name", c => Source.Text(c, "name") ?? Source.Node(c).Id)
        .Resolve("tasks", async c => await MentioningTasksAsync(c))
        .Resolve("places", async c => await CoMentionedAsync(c, "Place"))
        .Resolve("mentions", async c =>
        {
            var mentions = await GraphLoad.Relationships(c, Source.Node(c).Id, RelationshipDirection.Incoming, "MENTIONS");
            return mentions.Select(m => EvidenceSpan.Of(m.Properties)).OfType<EvidenceSpan>().Distinct().ToList();
        });

    /// <summary>The tasks that mention the parent node, in reading order.</summary>
    public static async Task<IReadOnlyList<GraphNode>> MentioningTasksAsync(ResolveContext context) =>
        GraphLoad.ReadingOrder(await GraphLoad.Neighbours(context, Source.Node(context).Id, RelationshipDirection.Incoming, "MENTIONS", "Task"));

    /// <summary>The nodes labelled <paramref name="label"/> that the tasks mentioning the parent node also mention.</summary>
    public static async Task<IReadOnlyList<GraphNode>> CoMentionedAsync(ResolveContext context, string label)
    {
        var tasks = await MentioningTasksAsync(context);
        var mentioned = await GraphLoad.All(tasks.Select(t => GraphLoad.Neighbours(context, t.Id, RelationshipDirection.Outgoing, "MENTIONS", label)));
        return [.. mentioned.SelectMany(m => m).Where(n => n.Id != Source.Node(context).Id).DistinctBy(n => n.Id)];
    }
}
