using Gaoqing.Graph.GraphQL.Types;
using Gaoqing.Graph.Model.Store;

namespace Gaoqing.Graph.Api.Schema.Resolvers;

/// <summary>Resolvers of <c>Task</c>: its text, place in the document, responsible departments, mentions and evidence.</summary>
internal static class TaskResolvers
{
    /// <summary>Attaches the resolvers.</summary>
    public static void Register(SchemaBuilder schema) => schema.Fields("Task")
        .Resolve("id", c => Source.Node(c).Id)
        .Resolve("number", c => Source.Int(c, "number"))
        .Resolve("title", c => Source.Text(c, "title") ?? string.Empty)
        .Resolve("text", c => Source.Text(c, "text") ?? string.Empty)
        .Resolve("year", c => Source.Int(c, "year"))
        .Resolve("document", async c => await GraphLoad.Node(c, Source.DocumentId(c)))
        .Resolve("section", async c =>
            (await GraphLoad.Neighbours(c, Source.Node(c).Id, RelationshipDirection.Outgoing, "PART_OF", "Section")).FirstOrDefault())
        .Resolve("leads", c => GraphLoad.Neighbours(c, Source.Node(c).Id, RelationshipDirection.Incoming, "LEADS", "Department"))
        .Resolve("supports", c => GraphLoad.Neighbours(c, Source.Node(c).Id, RelationshipDirection.Incoming, "SUPPORTS", "Department"))
        .Resolve("projects", c => GraphLoad.Neighbours(c, Source.Node(c).Id, RelationshipDirection.Outgoing, "MENTIONS", "Project"))
        .Resolve("places", c => GraphLoad.Neighbours(c, Source.Node(c).Id, RelationshipDirection.Outgoing, "MENTIONS", "Place"))
        .Resolve("measurements", c => GraphLoad.Neighbours(c, Source.Node(c).Id, RelationshipDirection.Outgoing, "STATES", "Measurement"))
        .Resolve("evidence", c => EvidenceSpan.Of(Source.Node(c).Properties));
}
