using Gaoqing.Graph.GraphQL.Types;

namespace Gaoqing.Graph.GraphQL.Tests.Types;

/// <summary>Our SDL printout of the test schema equals graphql-js's printSchema of the same SDL.</summary>
public sealed class SchemaPrinterTests
{
    [Fact]
    public void Printed_schema_equals_graphql_js_printSchema()
    {
        var expected = TestFiles.Read("Introspection", "TestSchema.printed.graphql").TrimEnd('\n');
        Assert.Equal(expected, SchemaPrinter.Print(TestSchemaFiles.Schema));
    }

    [Fact]
    public void Printed_schema_reparses_to_the_same_printout()
    {
        var printed = SchemaPrinter.Print(TestSchemaFiles.Schema);
        Assert.Equal(printed, SchemaPrinter.Print(SchemaFromSdl.Build(printed)));
    }
}
