using Gaoqing.Graph.GraphQL.Types;

namespace Gaoqing.Graph.Api.Schema.Resolvers;

/// <summary>Resolvers of <c>Place</c>: the tasks that mention it and the projects named with it.</summary>
internal static class PlaceResolvers
{
    /// <summary>Attaches the resolvers.</summary>
    public static void Register(SchemaBuilder schema) => schema.Fields("Place")
        .Resolve("id", c => Source.Node(c).Id)
        .Resolve("name", c => Source.Text(c, "name") ?? Source.Node(c).Id)
        .Resolve("kind", c => Source.Text(c, "kind"))
        .Resolve("tasks", async c => await ProjectResolvers.MentioningTasksAsync(c))
        .Resolve("projects", async c => await ProjectResolvers.CoMentionedAsync(c, "Project"));
}
