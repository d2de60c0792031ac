using System.Text;
using Gaoqing.Graph.GraphQL.Language;
using Gaoqing.Graph.GraphQL.Tests.Differential;
using Gaoqing.Graph.GraphQL.Validation;

namespace Gaoqing.Graph.GraphQL.Tests.Validation;

/// <summary>Documents built to make validation explode: they end with errors, not with a hang or a crash.</summary>
public sealed class HostileValidationTests
{
    private static IReadOnlyList<GraphQLError> Validate(string query, ValidationOptions? options = null) =>
        DocumentValidator.Validate(OracleSchema.Instance, Parser.Parse(query, ParseOptions.Unlimited), options);

    private static string Repeat(string prefix, string item, int count, string suffix)
    {
        var text = new StringBuilder(prefix);
        for (var i = 0; i < count; i++)
        {
            text.Append(item.Replace("#", i.ToString(System.Globalization.CultureInfo.InvariantCulture), StringComparison.Ordinal)).Append(' ');
        }
        return text.Append(suffix).ToString();
    }

    [Fact]
    public void Hundred_thousand_distinct_aliases_break_only_the_alias_limit()
    {
        var query = Repeat("{ dog { ", "a#: name", 100_000, "} }");
        var error = Assert.Single(Validate(query, new ValidationOptions { MaxAliases = 1_000 }));
        Assert.Equal("The operation has 100000 aliases; the maximum is 1000.", error.Message);
    }

    [Fact]
    public void Hundred_thousand_same_alias_fields_exhaust_the_merge_budget()
    {
        var query = Repeat("{ dog { ", "x: name x: nickname", 50_000, "} }");
        var error = Assert.Single(Validate(query));
        Assert.Equal("Validation aborted.", error.Message);
        var small = Assert.Single(Validate("{ dog { x: name x: nickname } }"));
        Assert.StartsWith("Fields \"x\" conflict because \"name\" and \"nickname\" are different fields.", small.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Fragment_fan_out_is_compared_once_per_pair()
    {
        var fragments = new StringBuilder("{ dog { ");
        for (var i = 0; i < 300; i++)
        {
            fragments.Append("...F").Append(i).Append(' ');
        }
        fragments.Append("} } ");
        for (var i = 0; i < 300; i++)
        {
            fragments.Append("fragment F").Append(i).Append(" on Dog { name owner { name } } ");
        }
        Assert.Empty(Validate(fragments.ToString()));
    }

    [Fact]
    public void Long_fragment_chains_do_not_overflow_the_stack()
    {
        var text = new StringBuilder("{ dog { ...F0 } } ");
        for (var i = 0; i < 3_000; i++)
        {
            text.Append("fragment F").Append(i).Append(" on Dog { name ...F").Append(i + 1).Append(" } ");
        }
        text.Append("fragment F3000 on Dog { ...F0 }");
        var errors = Validate(text.ToString());
        Assert.Contains(errors, e => e.Message.StartsWith("Cannot spread fragment \"F0\" within itself via \"F1\", \"F2\"", StringComparison.Ordinal));
    }

    [Fact]
    public void Ten_thousand_nested_selections_validate_without_recursion_trouble()
    {
        var query = new StringBuilder("{ dog ").Insert(6, "{ mother ", 10_000).Append("{ name }").Append('}', 10_001).ToString();
        var document = Parser.Parse(query, new ParseOptions { MaxTokens = int.MaxValue, MaxDepth = 30_000 });
        Assert.Empty(DocumentValidator.Validate(OracleSchema.Instance, document));
        var error = Assert.Single(DocumentValidator.Validate(OracleSchema.Instance, document, new ValidationOptions { MaxDepth = 100 }));
        Assert.Equal("The operation is nested 10002 levels deep; the maximum depth is 100.", error.Message);
    }
}
