using System.Buffers;
using System.Text.Unicode;

namespace Gaoqing.Graph.Text.Decoding;

/// <summary>Reads a UTF-8 stream as text and stops with <see cref="InvalidUtf8Exception"/> (with the byte offset) at bad bytes.</summary>
public sealed class StrictUtf8Reader : TextReader
{
    private const int ChunkSize = 64 * 1024;

    private readonly Stream _stream;
    private readonly string _source;
    private readonly byte[] _bytes = new byte[ChunkSize];
    private readonly char[] _chars = new char[ChunkSize];
    private int _byteStart;
    private int _byteEnd;
    private long _bytesBefore;
    private int _charStart;
    private int _charEnd;
    private bool _endOfStream;
    private bool _atStart = true;
    private long? _invalidAt;

    /// <summary>Reads <paramref name="stream"/>; <paramref name="source"/> names it in error messages (e.g. "&lt;stdin&gt;").</summary>
    public StrictUtf8Reader(Stream stream, string source)
    {
        _stream = stream;
        _source = source;
    }

    /// <inheritdoc />
    public override int Peek() => Fill() ? _chars[_charStart] : -1;

    /// <inheritdoc />
    public override int Read() => Fill() ? _chars[_charStart++] : -1;

    /// <inheritdoc />
    public override int Read(Span<char> buffer)
    {
        if (buffer.IsEmpty || !Fill())
        {
            return 0;
        }

        var count = Math.Min(buffer.Length, _charEnd - _charStart);
        _chars.AsSpan(_charStart, count).CopyTo(buffer);
        _charStart += count;
        return count;
    }

    /// <inheritdoc />
    public override int Read(char[] buffer, int index, int count) => Read(buffer.AsSpan(index, count));

    /// <inheritdoc />
    public override string? ReadLine()
    {
        if (!Fill())
        {
            return null;
        }

        var line = new ArrayBufferWriter<char>();
        while (Fill())
        {
            var pending = _chars.AsSpan(_charStart, _charEnd - _charStart);
            var end = pending.IndexOfAny('\r', '\n');
            if (end < 0)
            {
                line.Write(pending);
                _charStart = _charEnd;
                continue;
            }

            line.Write(pending[..end]);
            _charStart += end + 1;
            if (pending[end] == '\r' && Fill() && _chars[_charStart] == '\n')
            {
                _charStart++;
            }

            break;
        }

        return line.WrittenSpan.ToString();
    }

    /// <inheritdoc />
    protected override void Dispose(bool disposing)
    {
        if (disposing)
        {
            _stream.Dispose();
        }

        base.Dispose(disposing);
    }

    // Makes sure at least one decoded character is waiting; false at the end of the stream.
    private bool Fill()
    {
        while (_charStart == _charEnd)
        {
            if (_endOfStream && _byteStart == _byteEnd)
            {
                return false;
            }

            Decode();
        }

        return true;
    }

    // Decodes the next chunk; the text before a bad sequence is handed out before the error is thrown.
    private void Decode()
    {
        if (_invalidAt is { } offset)
        {
            throw new InvalidUtf8Exception(_source, offset);
        }

        if (!_endOfStream && _byteEnd - _byteStart < 4)
        {
            var kept = _byteEnd - _byteStart;
            _bytes.AsSpan(_byteStart, kept).CopyTo(_bytes);
            _bytesBefore += _byteStart;
            _byteStart = 0;
            _byteEnd = kept;
            var read = _stream.Read(_bytes, kept, _bytes.Length - kept);
            _byteEnd += read;
            _endOfStream = read == 0;
        }

        var input = _bytes.AsSpan(_byteStart, _byteEnd - _byteStart);
        if (_atStart)
        {
            if (!_endOfStream && input.Length < 3)
            {
                return;
            }

            _atStart = false;
            if (input.StartsWith("\uFEFF"u8))
            {
                _byteStart += 3;
                input = input[3..];
            }
        }

        var status = Utf8.ToUtf16(input, _chars, out var consumed, out var written, replaceInvalidSequences: false, isFinalBlock: _endOfStream);
        if (status == OperationStatus.InvalidData)
        {
            _invalidAt = _bytesBefore + _byteStart + consumed;
        }

        _byteStart += consumed;
        _charStart = 0;
        _charEnd = written;
    }
}
