using Gaoqing.Graph.GraphQL.Http;

namespace Gaoqing.Graph.GraphQL.Tests.Http;

/// <summary>Accept negotiation and status codes as the GraphQL-over-HTTP specification gives them per media type.</summary>
public sealed class ResponseMediaTypeTests
{
    [Theory]
    [InlineData(null, ResponseMediaType.Json)]
    [InlineData("", ResponseMediaType.Json)]
    [InlineData("*/*", ResponseMediaType.Json)]
    [InlineData("application/*", ResponseMediaType.Json)]
    [InlineData("application/json", ResponseMediaType.Json)]
    [InlineData("application/graphql-response+json", ResponseMediaType.GraphQLResponseJson)]
    [InlineData("application/json, application/graphql-response+json", ResponseMediaType.GraphQLResponseJson)]
    [InlineData("application/graphql-response+json;q=0.5, application/json", ResponseMediaType.Json)]
    [InlineData("application/json;q=0.9, application/graphql-response+json", ResponseMediaType.GraphQLResponseJson)]
    [InlineData("application/graphql-response+json; charset=utf-8", ResponseMediaType.GraphQLResponseJson)]
    [InlineData("text/html, application/json;q=0.1", ResponseMediaType.Json)]
    public void Negotiation_picks_the_preferred_supported_type(string? accept, ResponseMediaType expected) =>
        Assert.Equal(expected, ResponseMediaTypes.Negotiate(accept));

    [Theory]
    [InlineData("text/html")]
    [InlineData("application/xml, text/plain")]
    [InlineData("application/json; charset=latin1")]
    [InlineData("application/json;q=0")]
    public void Unsupported_accept_headers_have_no_media_type(string accept) =>
        Assert.Null(ResponseMediaTypes.Negotiate(accept));

    [Theory]
    [InlineData(ResponseMediaType.Json, true, 200)]
    [InlineData(ResponseMediaType.Json, false, 200)]
    [InlineData(ResponseMediaType.GraphQLResponseJson, true, 200)]
    [InlineData(ResponseMediaType.GraphQLResponseJson, false, 400)]
    public void Status_depends_on_the_media_type_and_the_data_entry(ResponseMediaType type, bool hasData, int status) =>
        Assert.Equal(status, ResponseMediaTypes.StatusFor(type, hasData));

    [Fact]
    public void Content_types_name_utf8()
    {
        Assert.Equal("application/json; charset=utf-8", ResponseMediaTypes.ContentType(ResponseMediaType.Json));
        Assert.Equal("application/graphql-response+json; charset=utf-8", ResponseMediaTypes.ContentType(ResponseMediaType.GraphQLResponseJson));
    }
}
