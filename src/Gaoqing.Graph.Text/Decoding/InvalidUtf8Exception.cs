namespace Gaoqing.Graph.Text.Decoding;

/// <summary>Input that is not valid UTF-8; names the source and the byte offset of the first bad sequence.</summary>
public sealed class InvalidUtf8Exception : FormatException
{
    /// <summary>Creates the exception for the bad sequence at <paramref name="byteOffset"/> of <paramref name="source"/>.</summary>
    public InvalidUtf8Exception(string source, long byteOffset)
        : base($"{source}: invalid UTF-8 at byte offset {byteOffset}")
    {
        Source = source;
        ByteOffset = byteOffset;
    }

    /// <summary>The file (or other source) the bytes came from.</summary>
    public new string Source { get; }

    /// <summary>The 0-based offset of the first byte of the first invalid sequence.</summary>
    public long ByteOffset { get; }
}
