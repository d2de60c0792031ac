using System.Text;
using Gaoqing.Graph.GraphQL.Language;

namespace Gaoqing.Graph.GraphQL.Tests.Language;

/// <summary>Hostile documents end in a GraphQL syntax error, never a crash, a stack overflow or a hang.</summary>
public sealed class HostileInputTests
{
    [Fact]
    public void Hundred_thousand_nested_selections_give_a_depth_error()
    {
        const int depth = 100_000;
        var text = new StringBuilder(depth * 4).Insert(0, "{ a ", depth).Append(new string('}', depth)).ToString();
        var error = Assert.Throws<GraphQLError>(() => Parser.Parse(text));
        Assert.Equal("Syntax Error: Document nesting exceeds the maximum depth of 512. Parsing aborted.", error.Message);
        Assert.Equal(new SourceLocation(1, 4 * 512 + 1), error.Locations![0]);
    }

    [Fact]
    public void Deeply_nested_list_values_and_types_give_a_depth_error()
    {
        var value = new string('[', 50_000) + new string(']', 50_000);
        Assert.Throws<GraphQLError>(() => Parser.Parse("{ a(x: " + value + ") }"));
        Assert.Throws<GraphQLError>(() => Parser.Parse("query ($v: " + new string('[', 50_000) + "Int" + new string(']', 50_000) + ") { a }"));
        Assert.Throws<GraphQLError>(() => Parser.Parse("{ a(x: " + new StringBuilder().Insert(0, "{a:", 50_000) + "1" + new string('}', 50_000) + ") }"));
    }

    [Fact]
    public void Ten_megabyte_query_gives_a_token_limit_error()
    {
        var text = new StringBuilder(10 * 1024 * 1024).Append("{ ");
        while (text.Length < 10 * 1024 * 1024)
        {
            text.Append("field ");
        }
        var error = Assert.Throws<GraphQLError>(() => Parser.Parse(text.Append('}').ToString()));
        Assert.Equal("Syntax Error: Document contains more that 100000 tokens. Parsing aborted.", error.Message);
    }

    [Fact]
    public void Hundred_thousand_aliases_give_a_token_limit_error()
    {
        var text = new StringBuilder("{ ");
        for (var i = 0; i < 100_000; i++)
        {
            text.Append('a').Append(i).Append(": f ");
        }
        var error = Assert.Throws<GraphQLError>(() => Parser.Parse(text.Append('}').ToString()));
        Assert.StartsWith("Syntax Error: Document contains more that 100000 tokens.", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Ten_megabyte_string_is_one_token_and_parses()
    {
        var big = new string('x', 10 * 1024 * 1024);
        var document = Parser.Parse("{ a(x: \"" + big + "\") }");
        var field = (Gaoqing.Graph.GraphQL.Language.Ast.FieldNode)((Gaoqing.Graph.GraphQL.Language.Ast.OperationDefinitionNode)document.Definitions[0]).SelectionSet.Selections[0];
        Assert.Equal(big.Length, ((Gaoqing.Graph.GraphQL.Language.Ast.StringValueNode)field.Arguments[0].Value).Value.Length);
    }

    [Fact]
    public void Limits_can_be_raised_for_trusted_documents()
    {
        var text = "{ " + new StringBuilder().Insert(0, "f ", 150_000) + "}";
        Assert.Throws<GraphQLError>(() => Parser.Parse(text));
        Assert.Single(Parser.Parse(text, ParseOptions.Unlimited).Definitions);
    }

    [Theory]
    [InlineData("{ a } ~", 0xD800, "Syntax Error: Invalid character: U+D800.", 1, 7)]
    [InlineData("{ a(x: \"a~b\") }", 0xD800, "Syntax Error: Invalid character within String: U+D800.", 1, 10)]
    [InlineData("# c ~\n{ a }", 0xD800, "Syntax Error: Invalid character: U+D800.", 1, 5)]
    [InlineData("{ a(x: \"\"\"~\"\"\") }", 0xDC00, "Syntax Error: Invalid character within String: U+DC00.", 1, 11)]
    [InlineData("{ a(x: \"unterminated", 0, "Syntax Error: Unterminated string.", 1, 21)]
    [InlineData("{\n  a(x: \"\"\"open\n\n", 0, "Syntax Error: Unterminated string.", 4, 1)]
    public void Lone_surrogates_and_unterminated_strings_match_graphql_js(string template, int surrogate, string message, int line, int column)
    {
        // The surrogate is spliced in here because attribute strings cannot carry unpaired surrogates.
        var text = template.Replace("~", ((char)surrogate).ToString(), StringComparison.Ordinal);
        var error = Assert.Throws<GraphQLError>(() => Parser.Parse(text));
        Assert.Equal(message, error.Message);
        Assert.Equal(new SourceLocation(line, column), Assert.Single(error.Locations!));
    }
}
