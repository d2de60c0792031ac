using Gaoqing.Graph.GraphQL.Types;
using Gaoqing.Graph.Model.Store;

namespace Gaoqing.Graph.Api.Schema.Resolvers;

/// <summary>Resolvers of <c>GraphStats</c>: counts of documents, nodes per label and relationships.</summary>
internal static class GraphStatsResolvers
{
    /// <summary>Attaches the resolvers.</summary>
    public static void Register(SchemaBuilder schema) => schema.Fields("GraphStats")
        .Resolve("documents", c => Source.As<GraphStatistics>(c).Documents)
        .Resolve("tasks", c => Source.As<GraphStatistics>(c).Nodes("Task"))
        .Resolve("departments", c => Source.As<GraphStatistics>(c).Nodes("Department"))
        .Resolve("projects", c => Source.As<GraphStatistics>(c).Nodes("Project"))
        .Resolve("places", c => Source.As<GraphStatistics>(c).Nodes("Place"))
        .Resolve("indicators", c => Source.As<GraphStatistics>(c).Nodes("Indicator"))
        .Resolve("measurements", c => Source.As<GraphStatistics>(c).Nodes("Measurement"))
        .Resolve("relationships", c => Source.As<GraphStatistics>(c).Relationships);
}
