using System.Text;
using Gaoqing.Graph.Text.Decoding;

namespace Gaoqing.Graph.Text.Tests.Decoding;

/// <summary>Strict UTF-8 decoding of whole buffers and of streams read line by line.</summary>
public sealed class StrictUtf8Tests
{
    [Fact]
    public void Decode_drops_a_byte_order_mark_and_keeps_everything_else()
    {
        Assert.Equal("高青\0😀", StrictUtf8.Decode([0xEF, 0xBB, 0xBF, .. "高青\0😀"u8], "a.txt"));
    }

    [Theory]
    [InlineData(new byte[] { 0x41, 0xFF }, 1)]
    [InlineData(new byte[] { 0xE9, 0xAB, 0x41 }, 0)]
    [InlineData(new byte[] { 0x41, 0x42, 0xE9, 0xAB }, 2)]
    [InlineData(new byte[] { 0xED, 0xA0, 0x80 }, 0)]
    [InlineData(new byte[] { 0xC0, 0xAF }, 0)]
    public void Decode_names_the_offset_of_the_first_bad_sequence(byte[] bytes, int offset)
    {
        var error = Assert.Throws<InvalidUtf8Exception>(() => StrictUtf8.Decode(bytes, "a.txt"));

        Assert.Equal(offset, error.ByteOffset);
        Assert.Equal($"a.txt: invalid UTF-8 at byte offset {offset}", error.Message);
    }

    [Fact]
    public void The_reader_splits_lines_on_lf_crlf_and_cr_and_decodes_across_chunks()
    {
        var line = string.Concat(Enumerable.Repeat("高青县😀𠀀", 30_000));
        var bytes = Encoding.UTF8.GetBytes($"\uFEFF{line}\r\n\n第三行\r末行");
        using var reader = new StrictUtf8Reader(new TrickleStream(bytes, 4093), "<stdin>");

        Assert.Equal(line, reader.ReadLine());
        Assert.Equal("", reader.ReadLine());
        Assert.Equal("第三行", reader.ReadLine());
        Assert.Equal("末行", reader.ReadLine());
        Assert.Null(reader.ReadLine());
    }

    [Fact]
    public void The_reader_reports_the_absolute_byte_offset_of_bad_bytes_far_into_the_stream()
    {
        var good = Encoding.UTF8.GetBytes(string.Concat(Enumerable.Repeat("高青县\n", 50_000)));
        using var reader = new StrictUtf8Reader(new TrickleStream([.. good, 0xE9, 0x41], 1000), "<stdin>");

        var error = Assert.Throws<InvalidUtf8Exception>(() => { while (reader.ReadLine() is not null) { } });

        Assert.Equal(good.Length, error.ByteOffset);
        Assert.Equal("<stdin>", error.Source);
    }

    [Fact]
    public void A_truncated_sequence_at_the_end_is_invalid()
    {
        using var reader = new StrictUtf8Reader(new MemoryStream([.. "县"u8, 0xE9, 0xAB]), "<stdin>");

        Assert.Equal(3, Assert.Throws<InvalidUtf8Exception>(() => reader.ReadToEnd()).ByteOffset);
    }

    // Hands out at most a few bytes per read, as a pipe may.
    private sealed class TrickleStream(byte[] bytes, int step) : MemoryStream(bytes)
    {
        public override int Read(byte[] buffer, int offset, int count) => base.Read(buffer, offset, Math.Min(count, step));

        public override int Read(Span<byte> buffer) => base.Read(buffer[..Math.Min(buffer.Length, step)]);
    }
}
