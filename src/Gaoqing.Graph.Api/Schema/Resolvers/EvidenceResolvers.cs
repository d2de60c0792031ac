using Gaoqing.Graph.GraphQL.Types;

namespace Gaoqing.Graph.Api.Schema.Resolvers;

/// <summary>Resolvers of <c>Evidence</c>: the document and the span of its normalized text.</summary>
internal static class EvidenceResolvers
{
    /// <summary>Attaches the resolvers.</summary>
    public static void Register(SchemaBuilder schema) => schema.Fields("Evidence")
        .Resolve("document", async c => await GraphLoad.Node(c, Source.As<EvidenceSpan>(c).DocumentId))
        .Resolve("start", c => Source.As<EvidenceSpan>(c).Start)
        .Resolve("end", c => Source.As<EvidenceSpan>(c).End)
        .Resolve("text", async c =>
        {
            var span = Source.As<EvidenceSpan>(c);
            if (span.Text is { } known)
            {
                return known;
            }

            var text = (await GraphLoad.Text(c, span.DocumentId))?.NormalizedText ?? string.Empty;
            var start = Math.Clamp(span.Start, 0, text.Length);
            var end = Math.Clamp(span.End, start, text.Length);
            return text[start..end];
        });
}
