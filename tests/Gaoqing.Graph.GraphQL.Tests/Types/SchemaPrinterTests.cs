using Gaoqing.Graph.GraphQL.Types;

namespace Gaoqing.Graph.GraphQL.Tests.Types;

/// <summary>Our SDL printout of the test schemas (every type kind; printer edge cases) equals graphql-js's printSchema of the same SDL.</summary>
public sealed class SchemaPrinterTests
{
    [Theory]
    [InlineData("TestSchema")]
    [InlineData("EdgeSchema")]
    public void Printed_schema_equals_graphql_js_printSchema(string name)
    {
        var expected = TestFiles.Read("Introspection", name + ".printed.graphql").TrimEnd('\n');
        Assert.Equal(expected, SchemaPrinter.Print(TestSchemaFiles.Named(name)));
    }

    [Theory]
    [InlineData("TestSchema")]
    [InlineData("EdgeSchema")]
    public void Printed_schema_reparses_to_the_same_printout(string name)
    {
        var printed = SchemaPrinter.Print(TestSchemaFiles.Named(name));
        Assert.Equal(printed, SchemaPrinter.Print(SchemaFromSdl.Build(printed)));
    }
}
