using Gaoqing.Graph.Api.Schema.Resolvers;
using Gaoqing.Graph.GraphQL.Language;
using Gaoqing.Graph.GraphQL.Types;

namespace Gaoqing.Graph.Api.Schema;

/// <summary>The knowledge graph's GraphQL schema: the contract's SDL (embedded, unchanged) with a resolver on every field.</summary>
public static class DomainSchema
{
    /// <summary>The contract SDL the schema is built from.</summary>
    public static string Sdl { get; } = ReadSdl("schema.graphql");

    /// <summary>The contract's additions for tracing commitments (schema-tracing.graphql), built on top of <see cref="Sdl"/>.</summary>
    public static string TracingSdl { get; } = ReadSdl("schema-tracing.graphql");

    /// <summary>Builds and validates the schema.</summary>
    public static GraphQL.Types.Schema Build()
    {
        var schema = SchemaFromSdl.ToBuilder(Parser.Parse(Sdl + "\n" + TracingSdl, ParseOptions.Unlimited));
        NodeResolvers.Register(schema);
        QueryResolvers.Register(schema);
        MutationResolvers.Register(schema);
        IngestResultResolvers.Register(schema);
        DocumentResolvers.Register(schema);
        SectionResolvers.Register(schema);
        TaskResolvers.Register(schema);
        DepartmentResolvers.Register(schema);
        PartnerResolvers.Register(schema);
        ProjectResolvers.Register(schema);
        PlaceResolvers.Register(schema);
        IndicatorResolvers.Register(schema);
        MeasurementResolvers.Register(schema);
        EvidenceResolvers.Register(schema);
        SearchHitResolvers.Register(schema);
        AnswerResolvers.Register(schema);
        PathResolvers.Register(schema);
        GraphStatsResolvers.Register(schema);
        ConnectionResolvers.Register(schema);
        OutcomeResolvers.Register(schema);
        return schema.Build();
    }

    private static string ReadSdl(string file)
    {
        using var stream = typeof(DomainSchema).Assembly.GetManifestResourceStream("Gaoqing.Graph.Api." + file)
            ?? throw new InvalidOperationException($"the embedded resource {file} is missing from the API assembly");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }
}
