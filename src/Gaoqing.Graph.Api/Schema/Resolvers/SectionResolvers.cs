using Gaoqing.Graph.GraphQL.Types;
using Gaoqing.Graph.Model.Store;

namespace Gaoqing.Graph.Api.Schema.Resolvers;

/// <summary>Resolvers of <c>Section</c>: its heading, document and tasks.</summary>
internal static class SectionResolvers
{
    /// <summary>Attaches the resolvers.</summary>
    public static void Register(SchemaBuilder schema) => schema.Fields("Section")
        .Resolve("id", c => Source.Node(c).Id)
        .Resolve("ordinal", c => Ordinal(c))
        .Resolve("title", c => Source.Text(c, "title") ?? string.Empty)
        .Resolve("document", async c => await GraphLoad.Node(c, Source.DocumentId(c)))
        .Resolve("tasks", async c =>
            GraphLoad.ReadingOrder(await GraphLoad.Neighbours(c, Source.Node(c).Id, RelationshipDirection.Incoming, "PART_OF", "Task")));

    /// <summary>The section's mark as written without its trailing punctuation (一 for 一、), else its number.</summary>
    private static string Ordinal(GraphQL.Execution.ResolveContext context)
    {
        if (Source.Text(context, "mark") is string mark && mark.TrimEnd('、', '.', '．', '）', ')', ' ') is { Length: > 0 } trimmed)
        {
            return trimmed;
        }

        return Source.Int(context, "ordinal")?.ToString() ?? string.Empty;
    }
}
