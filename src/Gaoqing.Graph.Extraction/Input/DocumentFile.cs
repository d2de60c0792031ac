using System.Buffers;
using System.Globalization;
using System.Text.Unicode;

namespace Gaoqing.Graph.Extraction.Input;

/// <summary>Reads a document file as UTF-8 text, refusing files that are empty, binary, not UTF-8 or too large.</summary>
public static class DocumentFile
{
    /// <summary>The largest file accepted: policy documents are tens of kilobytes, so 8 MiB leaves a wide margin.</summary>
    public const long MaxBytes = 8 * 1024 * 1024;

    /// <summary>The name of a document: its file name without extension.</summary>
    public static string NameOf(string path) => Path.GetFileNameWithoutExtension(path);

    /// <summary>The text of the file at <paramref name="path"/>.</summary>
    /// <exception cref="DocumentInputException">The file is missing, empty, too large, binary or not UTF-8.</exception>
    public static string ReadText(string path)
    {
        var info = new FileInfo(path);
        if (Directory.Exists(path))
        {
            throw new DocumentInputException($"{path}: a folder, not a file");
        }

        if (!info.Exists)
        {
            throw new DocumentInputException($"{path}: no such file");
        }

        if (info.Length > MaxBytes)
        {
            throw new DocumentInputException(string.Create(CultureInfo.InvariantCulture,
                $"{path}: the file is {info.Length:N0} bytes, more than the {MaxBytes:N0} accepted for one document"));
        }

        byte[] bytes;
        try
        {
            bytes = File.ReadAllBytes(path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new DocumentInputException($"{path}: cannot be read ({e.Message})");
        }

        return Decode(path, bytes);
    }

    /// <summary>The UTF-8 text of <paramref name="bytes"/> read from <paramref name="source"/>.</summary>
    /// <exception cref="DocumentInputException">The bytes are empty, binary or not UTF-8.</exception>
    public static string Decode(string source, ReadOnlySpan<byte> bytes)
    {
        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]))
        {
            bytes = bytes[3..];
        }

        var zero = bytes.IndexOf((byte)0);
        if (zero >= 0)
        {
            throw new DocumentInputException(string.Create(CultureInfo.InvariantCulture,
                $"{source}: a binary file, not text (a zero byte at offset {zero})"));
        }

        var chars = ArrayPool<char>.Shared.Rent(bytes.Length);
        try
        {
            var status = Utf8.ToUtf16(bytes, chars, out var read, out var written, replaceInvalidSequences: false);
            if (status != OperationStatus.Done)
            {
                throw new DocumentInputException(string.Create(CultureInfo.InvariantCulture,
                    $"{source}: not valid UTF-8 (byte 0x{bytes[read]:X2} at offset {read}); if it is GBK-encoded, convert it first: iconv -f GBK -t UTF-8"));
            }

            var text = new string(chars, 0, written);
            if (string.IsNullOrWhiteSpace(text))
            {
                throw new DocumentInputException($"{source}: the file is empty");
            }

            return text;
        }
        finally
        {
            ArrayPool<char>.Shared.Return(chars);
        }
    }
}
