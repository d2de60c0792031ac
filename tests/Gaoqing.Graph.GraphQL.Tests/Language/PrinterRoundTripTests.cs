using System.Text.Json.Nodes;
using Gaoqing.Graph.GraphQL.Language;

namespace Gaoqing.Graph.GraphQL.Tests.Language;

/// <summary>Printing is stable: parsing printed text and printing again gives the same text.</summary>
public sealed class PrinterRoundTripTests
{
    [Fact]
    public void Printed_documents_reparse_to_the_same_print()
    {
        var cases = JsonNode.Parse(TestFiles.Read("Language", "ParseCases.json"))!.AsArray();
        var golden = JsonNode.Parse(TestFiles.Read("Language", "ParseCases.golden.json"))!.AsArray();
        var checkedCount = 0;
        for (var i = 0; i < cases.Count; i++)
        {
            if (golden[i]!["printed"] is null)
            {
                continue;
            }
            var printed = Printer.Print(Parser.Parse(cases[i]!.GetValue<string>()));
            Assert.Equal(printed, Printer.Print(Parser.Parse(printed)));
            checkedCount++;
        }
        Assert.True(checkedCount > 40, $"only {checkedCount} valid documents in the corpus");
    }

    [Fact]
    public void Block_strings_keep_their_value_through_a_print()
    {
        var document = Parser.Parse("{ a(x: \"\"\"\n    first\n      second \\\"\"\" quote\n    third\n  \"\"\") }");
        var reparsed = Parser.Parse(Printer.Print(document));
        Assert.Equal("first\n  second \"\"\" quote\nthird", ArgumentValue(document));
        Assert.Equal(ArgumentValue(document), ArgumentValue(reparsed));
    }

    private static string ArgumentValue(Gaoqing.Graph.GraphQL.Language.Ast.DocumentNode document)
    {
        var operation = (Gaoqing.Graph.GraphQL.Language.Ast.OperationDefinitionNode)document.Definitions[0];
        var field = (Gaoqing.Graph.GraphQL.Language.Ast.FieldNode)operation.SelectionSet.Selections[0];
        return ((Gaoqing.Graph.GraphQL.Language.Ast.StringValueNode)field.Arguments[0].Value).Value;
    }
}
