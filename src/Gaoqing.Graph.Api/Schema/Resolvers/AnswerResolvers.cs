using Gaoqing.Graph.Answering;
using Gaoqing.Graph.GraphQL.Types;

namespace Gaoqing.Graph.Api.Schema.Resolvers;

/// <summary>Resolvers of <c>Answer</c>: the answering project's answer as the contract spells it.</summary>
internal static class AnswerResolvers
{
    /// <summary>Attaches the resolvers.</summary>
    public static void Register(SchemaBuilder schema) => schema.Fields("Answer")
        .Resolve("question", c => Source.As<Answer>(c).Question)
        .Resolve("intent", c => Source.As<Answer>(c).Intent)
        .Resolve("confidence", c => Source.As<Answer>(c).Confidence)
        .Resolve("text", c => Source.As<Answer>(c).Text)
        .Resolve("tasks", c => Source.As<Answer>(c).Tasks)
        .Resolve("departments", c => Source.As<Answer>(c).Departments)
        .Resolve("measurements", c => Source.As<Answer>(c).Measurements)
        .Resolve("count", c => Source.As<Answer>(c).Count)
        .Resolve("evidence", c => Source.As<Answer>(c).Evidence.Select(e => new EvidenceSpan(e.DocumentId, e.Start, e.End, e.Text)).ToList())
        .Resolve("suggestions", c => Source.As<Answer>(c).Suggestions);
}
