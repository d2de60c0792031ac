using System.Text.Json;

namespace Gaoqing.Graph.GraphQL.Http;

/// <summary>The parameters of a GraphQL-over-HTTP request: query, operation name, variables and extensions.</summary>
public sealed record GraphQLRequest(string Query, string? OperationName, JsonElement? Variables, JsonElement? Extensions);
