using Gaoqing.Graph.GraphQL.Types;

namespace Gaoqing.Graph.Api.Schema.Resolvers;

/// <summary>Resolvers of <c>IngestResult</c>: the stored document, what was read from it and the warnings.</summary>
internal static class IngestResultResolvers
{
    /// <summary>Attaches the resolvers.</summary>
    public static void Register(SchemaBuilder schema) => schema.Fields("IngestResult")
        .Resolve("document", c => Source.As<IngestReport>(c).Document)
        .Resolve("tasks", c => Source.As<IngestReport>(c).Tasks)
        .Resolve("departments", c => Source.As<IngestReport>(c).Departments)
        .Resolve("measurements", c => Source.As<IngestReport>(c).Measurements)
        .Resolve("warnings", c => Source.As<IngestReport>(c).Warnings);
}
