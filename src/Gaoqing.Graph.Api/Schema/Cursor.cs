using System.Buffers.Text;
using System.Text;
using Gaoqing.Graph.GraphQL;

namespace Gaoqing.Graph.Api.Schema;

/// <summary>Opaque Relay cursors: the base64url of the node id the edge holds.</summary>
public static class Cursor
{
    /// <summary>The cursor of the edge holding node <paramref name="id"/>.</summary>
    public static string Of(string id) => Base64Url.EncodeToString(Encoding.UTF8.GetBytes(id));

    /// <summary>The node id a cursor holds; a GraphQL error naming the argument when it is not one of ours.</summary>
    public static string? IdOf(string? cursor)
    {
        if (cursor is null)
        {
            return null;
        }

        try
        {
            return Encoding.UTF8.GetString(Base64Url.DecodeFromChars(cursor));
        }
        catch (FormatException)
        {
            throw new GraphQLError($"after: \"{Truncate(cursor)}\" is not a cursor given by this API (use pageInfo.endCursor or an edge's cursor).");
        }
    }

    private static string Truncate(string text) => text.Length <= 40 ? text : text[..40] + "…";
}
