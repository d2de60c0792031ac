using System.Buffers.Binary;
using System.IO.Compression;
using System.Text;

namespace Gaoqing.Graph.Text.Segmentation;

/// <summary>The dictionary files embedded in this assembly (see Dictionaries/DICTIONARIES.md), decompressed on demand.</summary>
public static class EmbeddedDictionaries
{
    /// <summary>jieba's word dictionary as <c>@node-rs/jieba</c> ships it: <c>word frequency tag</c> a line.</summary>
    public const string Words = "dict.txt";

    /// <summary>jieba's HMM model (start, transition and emission log-probabilities of B, E, M, S).</summary>
    public const string HmmModel = "hmm_model.utf8";

    /// <summary>Inverse document frequencies: <c>word idf</c> a line.</summary>
    public const string InverseDocumentFrequencies = "idf.utf8";

    /// <summary>Stop words, one a line.</summary>
    public const string StopWords = "stop_words.utf8";

    /// <summary>The whole decompressed file (name: one of the constants of this class).</summary>
    public static byte[] ReadAllBytes(string name)
    {
        using var resource = OpenCompressed(name);
        var compressed = new byte[resource.Length];
        resource.ReadExactly(compressed);

        // A gzip member ends with the size of its uncompressed data (mod 2^32), little-endian.
        var bytes = new byte[BinaryPrimitives.ReadUInt32LittleEndian(compressed.AsSpan(compressed.Length - 4))];
        using var gzip = new GZipStream(new MemoryStream(compressed), CompressionMode.Decompress);
        gzip.ReadExactly(bytes);
        return bytes;
    }

    private static Stream OpenCompressed(string name) =>
        typeof(EmbeddedDictionaries).Assembly.GetManifestResourceStream($"Gaoqing.Graph.Text.Dictionaries.{name}.gz")
            ?? throw new ArgumentException($"no embedded dictionary named '{name}'", nameof(name));

    /// <summary>The whole decompressed file as text (the files are UTF-8).</summary>
    public static string ReadAllText(string name) => Encoding.UTF8.GetString(ReadAllBytes(name));
}
