using System.Buffers;
using System.Text.Unicode;

namespace Gaoqing.Graph.Text.Decoding;

/// <summary>Decodes UTF-8 without replacing bad bytes: invalid input is an error that says where it is.</summary>
public static class StrictUtf8
{
    /// <summary>The text of <paramref name="bytes"/>, without a leading byte-order mark.</summary>
    /// <exception cref="InvalidUtf8Exception">The bytes are not valid UTF-8.</exception>
    public static string Decode(ReadOnlySpan<byte> bytes, string source)
    {
        var bom = bytes.StartsWith("\uFEFF"u8) ? 3 : 0;
        var content = bytes[bom..];
        var buffer = ArrayPool<char>.Shared.Rent(Math.Max(content.Length, 1));
        try
        {
            var status = Utf8.ToUtf16(content, buffer, out var read, out var written, replaceInvalidSequences: false);
            if (status != OperationStatus.Done)
            {
                throw new InvalidUtf8Exception(source, bom + read);
            }

            return new string(buffer, 0, written);
        }
        finally
        {
            ArrayPool<char>.Shared.Return(buffer);
        }
    }
}
