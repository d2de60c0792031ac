using Gaoqing.Graph.Extraction.Input;
using Gaoqing.Graph.GraphQL;
using Gaoqing.Graph.GraphQL.Execution;
using Gaoqing.Graph.GraphQL.Types;

namespace Gaoqing.Graph.Api.Schema.Resolvers;

/// <summary>Resolvers of <c>Mutation</c>: ingest and remove documents, with the API key, each write alone and atomic.</summary>
internal static class MutationResolvers
{
    /// <summary>Attaches the resolvers.</summary>
    public static void Register(SchemaBuilder schema) => schema.Fields("Mutation")
        .Resolve("ingestDocument", async c => await IngestAsync(c))
        .Resolve("removeDocument", async c =>
        {
            var request = ApiRequest.Of(c);
            request.Authorize("removeDocument");
            return await request.Runtime.RemoveAsync(c.Argument<string>("id")!, c.CancellationToken);
        });

    private static async Task<IngestReport> IngestAsync(ResolveContext context)
    {
        var request = ApiRequest.Of(context);
        request.Authorize("ingestDocument");
        var input = context.Argument<IReadOnlyDictionary<string, object?>>("input")!;
        var text = input.TryGetValue("text", out var t) ? t as string ?? string.Empty : string.Empty;
        var title = input.TryGetValue("title", out var given) ? given as string : null;
        try
        {
            var (outcome, graph) = await request.Runtime.IngestAsync(text, title, context.CancellationToken);
            var document = await GraphLoad.Node(context, outcome.DocumentId) ?? graph.Document;
            return new IngestReport(
                document,
                graph.Nodes.Count(n => n.Labels.Contains("Task")),
                graph.Nodes.Count(n => n.Labels.Contains("Department")),
                graph.Nodes.Count(n => n.Labels.Contains("Measurement")),
                outcome.Warnings);
        }
        catch (Exception error) when (error is ArgumentException or InvalidDataException or DocumentInputException)
        {
            throw new GraphQLError($"ingestDocument failed, nothing was stored: {error.Message}");
        }
    }
}
