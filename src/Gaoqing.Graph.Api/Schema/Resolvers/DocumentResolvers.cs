using Gaoqing.Graph.Api.Graph;
using Gaoqing.Graph.GraphQL.Types;
using Gaoqing.Graph.Model.Store;

namespace Gaoqing.Graph.Api.Schema.Resolvers;

/// <summary>Resolvers of <c>Document</c>: its header fields, sections, tasks and measurements.</summary>
internal static class DocumentResolvers
{
    /// <summary>Attaches the resolvers.</summary>
    public static void Register(SchemaBuilder schema) => schema.Fields("Document")
        .Resolve("id", c => Source.Node(c).Id)
        .Resolve("title", c => Source.Text(c, "title") ?? Source.Text(c, "name") ?? Source.Node(c).Id)
        .Resolve("docNumber", c => Source.Text(c, "docNumber"))
        .Resolve("issuer", c => Source.Text(c, "issuer"))
        .Resolve("issuedOn", c => Source.Text(c, "issuedOn"))
        .Resolve("year", c => Source.Int(c, "year"))
        .Resolve("sections", async c =>
        {
            var sections = await GraphLoad.Neighbours(c, Source.Node(c).Id, RelationshipDirection.Incoming, "PART_OF", "Section");
            return GraphLoad.ReadingOrder(sections);
        })
        .Resolve("tasks", async c =>
        {
            var tasks = await GraphLoad.OfDocument(c, "Task", Source.Node(c).Id);
            return Connection.Slice(tasks, Connection.PageSize(c.Argument<int?>("first")), c.Argument<string>("after"));
        })
        .Resolve("measurements", async c => await GraphLoad.OfDocument(c, "Measurement", Source.Node(c).Id));
}
