using Gaoqing.Graph.GraphQL.Types;

namespace Gaoqing.Graph.Api.Schema.Resolvers;

/// <summary>Resolvers of <c>Partner</c>: the other department and the tasks both share.</summary>
internal static class PartnerResolvers
{
    /// <summary>Attaches the resolvers.</summary>
    public static void Register(SchemaBuilder schema) => schema.Fields("Partner")
        .Resolve("department", async c => await GraphLoad.Node(c, Source.As<Partner>(c).DepartmentId))
        .Resolve("sharedTasks", c => Source.As<Partner>(c).Tasks.Count)
        .Resolve("tasks", c => Source.As<Partner>(c).Tasks);
}
