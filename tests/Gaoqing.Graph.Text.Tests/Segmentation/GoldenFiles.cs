using System.IO.Compression;
using System.Text;

namespace Gaoqing.Graph.Text.Tests.Segmentation;

/// <summary>Reads the gzip-compressed golden files written by tools/segmenter-golden.mjs from @node-rs/jieba.</summary>
internal static class GoldenFiles
{
    private static readonly Lazy<string[]> InputLines = new(() => ReadLines("segmenter-input.txt.gz"));

    public static string[] Inputs => InputLines.Value;

    public static string[] ReadLines(string name)
    {
        var path = Path.Combine(RepositoryPaths.Root, "tests", "Gaoqing.Graph.Text.Tests", "Golden", name);
        using var file = File.OpenRead(path);
        using var gzip = new GZipStream(file, CompressionMode.Decompress);
        using var reader = new StreamReader(gzip, new UTF8Encoding(false, true));
        var text = reader.ReadToEnd();
        if (!text.EndsWith('\n'))
        {
            throw new InvalidDataException($"{name} does not end with a newline");
        }

        return text[..^1].Split('\n');
    }

    /// <summary>Cuts <paramref name="line"/> into consecutive tokens of the given UTF-16 lengths ("2 1 3").</summary>
    public static List<string> TokensFromLengths(string line, string lengths)
    {
        var tokens = new List<string>();
        var offset = 0;
        foreach (var field in lengths.Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            var length = int.Parse(field, System.Globalization.CultureInfo.InvariantCulture);
            tokens.Add(line.Substring(offset, length));
            offset += length;
        }

        return tokens;
    }
}
