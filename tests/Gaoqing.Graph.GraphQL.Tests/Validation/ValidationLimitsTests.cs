using System.Text;
using Gaoqing.Graph.GraphQL.Language;
using Gaoqing.Graph.GraphQL.Tests.Differential;
using Gaoqing.Graph.GraphQL.Validation;

namespace Gaoqing.Graph.GraphQL.Tests.Validation;

/// <summary>The limits outside the specification: depth, aliases and cost, counted through fragments.</summary>
public sealed class ValidationLimitsTests
{
    private static IReadOnlyList<GraphQLError> Validate(string query, ValidationOptions options) =>
        DocumentValidator.Validate(OracleSchema.Instance, Parser.Parse(query), options);

    [Fact]
    public void Depth_is_counted_through_fragments()
    {
        const string query = "query Deep { dog { ...Owner } } fragment Owner on Dog { owner { friends { friends { name } } } }";
        Assert.Empty(Validate(query, new ValidationOptions { MaxDepth = 5 }));
        var error = Assert.Single(Validate(query, new ValidationOptions { MaxDepth = 4 }));
        Assert.Equal("Operation \"Deep\" is nested 5 levels deep; the maximum depth is 4.", error.Message);
        Assert.Equal(new SourceLocation(1, 1), error.Locations![0]);
    }

    [Fact]
    public void Aliases_are_counted_for_each_spread_of_a_fragment()
    {
        const string query = "{ dog { ...A ...A2 } } fragment A on Dog { a: name b: name } fragment A2 on Dog { ...A c: name }";
        Assert.Empty(Validate(query, new ValidationOptions { MaxAliases = 5 }));
        var error = Assert.Single(Validate(query, new ValidationOptions { MaxAliases = 4 }));
        Assert.Equal("The operation has 5 aliases; the maximum is 4.", error.Message);
    }

    [Fact]
    public void Cost_multiplies_what_lies_under_list_fields()
    {
        // human (1) + friends (1) + 10 × (name (1) + friends (1) + 10 × name (1)) = 2 + 10 × 12 = 122
        const string query = "{ human { friends { name friends { name } } } }";
        Assert.Empty(Validate(query, new ValidationOptions { MaxCost = 122 }));
        var error = Assert.Single(Validate(query, new ValidationOptions { MaxCost = 121 }));
        Assert.Equal("The operation has an estimated cost of 122; the maximum cost is 121.", error.Message);
        // with lists of 3: 2 + 3 × (2 + 3 × 1) = 17
        Assert.Single(Validate(query, new ValidationOptions { MaxCost = 16, ListSizeEstimate = 3 }));
        Assert.Empty(Validate(query, new ValidationOptions { MaxCost = 17, ListSizeEstimate = 3 }));
    }

    [Fact]
    public void Fragment_cycles_do_not_hang_the_limits()
    {
        const string query = "{ dog { ...A } } fragment A on Dog { mother { ...B } } fragment B on Dog { father { ...A } }";
        var errors = Validate(query, new ValidationOptions { MaxDepth = 2, MaxAliases = 0, MaxCost = 1 });
        Assert.Contains(errors, e => e.Message.StartsWith("Cannot spread fragment \"A\" within itself", StringComparison.Ordinal));
        Assert.Contains(errors, e => e.Message.Contains("levels deep", StringComparison.Ordinal));
    }

    [Fact]
    public void The_error_limit_stops_validation_with_graphql_js_message()
    {
        var query = new StringBuilder("{ ");
        for (var i = 0; i < 150; i++)
        {
            query.Append("unknown").Append(i).Append(' ');
        }
        var errors = Validate(query.Append('}').ToString(), new ValidationOptions { MaxErrors = 100 });
        Assert.Equal(101, errors.Count);
        Assert.Equal("Too many validation errors, error limit reached. Validation aborted.", errors[^1].Message);
    }
}
