using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json.Nodes;
using Gaoqing.Graph.GraphQL.Http;
using Gaoqing.Graph.GraphQL.Tests.Differential;

namespace Gaoqing.Graph.GraphQL.Tests.Http;

/// <summary>POST bodies that arrive in pieces, without a Content-Length, are read whole and held to the size limit.</summary>
public sealed class GraphQLHttpBodyTests
{
    private static async Task<(HttpStatusCode Status, JsonObject Body)> PostTrickledAsync(TestServer server, string json, int piece)
    {
        using var client = new HttpClient();
        using var content = new StreamContent(new TrickleStream(Encoding.UTF8.GetBytes(json), piece));
        content.Headers.ContentType = new MediaTypeHeaderValue("application/json");
        using var response = await client.PostAsync(server.Endpoint, content);
        Assert.Null(response.RequestMessage?.Content?.Headers.ContentLength);
        return (response.StatusCode, JsonNode.Parse(await response.Content.ReadAsStringAsync())!.AsObject());
    }

    [Fact]
    public async Task A_chunked_body_sent_seven_bytes_at_a_time_splitting_characters_is_answered()
    {
        await using var server = await TestServer.StartAsync(OracleSchema.Instance);
        var (status, body) = await PostTrickledAsync(server, """{"query":"{ __typename } # 每七个字节一段，汉字被切开"}""", piece: 7);
        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Equal("Query", body["data"]!["__typename"]!.GetValue<string>());
    }

    [Fact]
    public async Task A_chunked_body_over_the_limit_is_refused_with_413()
    {
        await using var server = await TestServer.StartAsync(OracleSchema.Instance, new GraphQLHttpOptions { MaxRequestBytes = 1000 });
        var (status, body) = await PostTrickledAsync(server, "{\"query\":\"{ hello } #" + new string('x', 5000) + "\"}", piece: 300);
        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, status);
        Assert.Contains("larger than 1000 bytes", body["errors"]![0]!["message"]!.GetValue<string>(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_chunked_body_of_exactly_the_limit_is_accepted()
    {
        var json = "{\"query\":\"{ __typename }\"}";
        await using var server = await TestServer.StartAsync(OracleSchema.Instance, new GraphQLHttpOptions { MaxRequestBytes = json.Length });
        var (status, body) = await PostTrickledAsync(server, json, piece: 5);
        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Equal("Query", body["data"]!["__typename"]!.GetValue<string>());
    }

    /// <summary>A read-only stream of unknown length that hands out at most a few bytes per read, yielding between reads.</summary>
    private sealed class TrickleStream(byte[] data, int piece) : Stream
    {
        private int position;

        public override bool CanRead => true;

        public override bool CanSeek => false;

        public override bool CanWrite => false;

        public override long Length => throw new NotSupportedException();

        public override long Position { get => throw new NotSupportedException(); set => throw new NotSupportedException(); }

        public override int Read(byte[] buffer, int offset, int count) => Take(buffer.AsSpan(offset, count));

        public override async ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken = default)
        {
            await Task.Delay(1, cancellationToken);
            return Take(buffer.Span);
        }

        public override Task<int> ReadAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken) =>
            ReadAsync(buffer.AsMemory(offset, count), cancellationToken).AsTask();

        public override void Flush()
        {
        }

        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

        public override void SetLength(long value) => throw new NotSupportedException();

        public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();

        private int Take(Span<byte> buffer)
        {
            var count = Math.Min(Math.Min(piece, buffer.Length), data.Length - position);
            data.AsSpan(position, count).CopyTo(buffer);
            position += count;
            return count;
        }
    }
}
