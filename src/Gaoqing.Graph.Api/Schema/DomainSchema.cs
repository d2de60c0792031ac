using Gaoqing.Graph.Api.Schema.Resolvers;
using Gaoqing.Graph.GraphQL.Language;
using Gaoqing.Graph.GraphQL.Types;

namespace Gaoqing.Graph.Api.Schema;

/// <summary>The knowledge graph's GraphQL schema: the contract's SDL (embedded, unchanged) with a resolver on every field.</summary>
public static class DomainSchema
{
    /// <summary>The contract SDL the schema is built from.</summary>
    public static string Sdl { get; } = ReadSdl();

    /// <summary>Builds and validates the schema.</summary>
    public static GraphQL.Types.Schema Build()
    {
        var schema = SchemaFromSdl.ToBuilder(Parser.Parse(Sdl, ParseOptions.Unlimited));
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
        return schema.Build();
    }

    private static string ReadSdl()
    {
        using var stream = typeof(DomainSchema).Assembly.GetManifestResourceStream("Gaoqing.Graph.Api.schema.graphql")
            ?? throw new InvalidOperationException("the embedded resource schema.graphql is missing from the API assembly");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }
}
