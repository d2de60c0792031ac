using Gaoqing.Graph.GraphQL.Types;

namespace Gaoqing.Graph.GraphQL.Tests.Types;

/// <summary>Built-in scalars coerce and serialize like graphql-js, numbers print like JavaScript.</summary>
public sealed class ScalarTests
{
    [Theory]
    [InlineData(1e21, "1e+21")]
    [InlineData(123456789012345680000d, "123456789012345680000")]
    [InlineData(1.5e-7, "1.5e-7")]
    [InlineData(0.000001, "0.000001")]
    [InlineData(-2.5, "-2.5")]
    [InlineData(100d, "100")]
    [InlineData(0.1 + 0.2, "0.30000000000000004")]
    [InlineData(-0d, "0")]
    public void Numbers_print_like_javascript(double value, string expected) => Assert.Equal(expected, JsNumber.Format(value));

    [Fact]
    public void Int_serialization_rejects_fractions_and_out_of_range_values()
    {
        Assert.Equal(3, BuiltInScalars.Int.Serialize(3.0));
        Assert.Equal(1, BuiltInScalars.Int.Serialize(true));
        Assert.Equal(12, BuiltInScalars.Int.Serialize("12"));
        Assert.Equal("Int cannot represent non-integer value: 1.5", Assert.Throws<GraphQLError>(() => BuiltInScalars.Int.Serialize(1.5)).Message);
        Assert.Equal("Int cannot represent non 32-bit signed integer value: 4294967296", Assert.Throws<GraphQLError>(() => BuiltInScalars.Int.Serialize(4294967296L)).Message);
        Assert.Equal("Int cannot represent non-integer value: \"abc\"", Assert.Throws<GraphQLError>(() => BuiltInScalars.Int.Serialize("abc")).Message);
    }

    [Fact]
    public void String_Boolean_and_ID_follow_graphql_js()
    {
        Assert.Equal("1.5", BuiltInScalars.String.Serialize(1.5));
        Assert.Equal("true", BuiltInScalars.String.Serialize(true));
        Assert.Equal(false, BuiltInScalars.Boolean.Serialize(0));
        Assert.Equal("42", BuiltInScalars.ID.Serialize(42));
        Assert.Equal("42", BuiltInScalars.ID.ParseValue(42.0));
        Assert.Equal("ID cannot represent value: 1.5", Assert.Throws<GraphQLError>(() => BuiltInScalars.ID.ParseValue(1.5)).Message);
        Assert.Equal("String cannot represent value: { a: 1 }", Assert.Throws<GraphQLError>(() => BuiltInScalars.String.Serialize(new Dictionary<string, object?> { ["a"] = 1 })).Message);
    }

    [Fact]
    public void Messages_quote_strings_like_JSON_stringify()
    {
        var error = Assert.Throws<GraphQLError>(() => BuiltInScalars.Int.Serialize("\U0001F600\u0001\ud800é"));
        Assert.Equal("Int cannot represent non-integer value: \"\U0001F600\\u0001\\ud800é\"", error.Message);
    }
}
