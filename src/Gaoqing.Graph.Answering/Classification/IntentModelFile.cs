using System.Globalization;
using System.IO.Compression;
using System.Text;

namespace Gaoqing.Graph.Answering.Classification;

/// <summary>Reads and writes a trained <see cref="IntentClassifier"/> as gzipped text: a line of intents, then one line
/// per feature with its weight for each intent (the last line, feature "&lt;bias&gt;", holds the biases).</summary>
public static class IntentModelFile
{
    /// <summary>The name of the bias line.</summary>
    public const string Bias = "<bias>";

    /// <summary>The model's text (before compression).</summary>
    public static string ToText(IntentClassifier classifier)
    {
        ArgumentNullException.ThrowIfNull(classifier);
        var builder = new StringBuilder();
        builder.AppendJoin('\t', classifier.Intents).Append('\n');
        foreach (var (feature, id) in classifier.Vocabulary.OrderBy(p => p.Value))
        {
            AppendRow(builder, feature, classifier, id);
        }

        AppendRow(builder, Bias, classifier, classifier.Vocabulary.Count);
        return builder.ToString();
    }

    /// <summary>Writes the gzipped text of <paramref name="classifier"/> to <paramref name="path"/>.</summary>
    public static void Write(IntentClassifier classifier, string path)
    {
        using var file = File.Create(path);
        using var zip = new GZipStream(file, CompressionLevel.SmallestSize);
        zip.Write(Encoding.UTF8.GetBytes(ToText(classifier)));
    }

    /// <summary>Reads a classifier from gzipped model text; a malformed line throws naming <paramref name="source"/> and the line.</summary>
    public static IntentClassifier Read(Stream compressed, string source)
    {
        using var zip = new GZipStream(compressed, CompressionMode.Decompress);
        using var reader = new StreamReader(zip, Encoding.UTF8);
        return Parse(reader.ReadToEnd(), source);
    }

    /// <summary>Reads a classifier from model text.</summary>
    public static IntentClassifier Parse(string text, string source)
    {
        ArgumentNullException.ThrowIfNull(text);
        var lines = text.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        if (lines.Length < 2)
        {
            throw new InvalidDataException($"{source}: no model");
        }

        var intents = lines[0].Split('\t');
        var vocabulary = new Dictionary<string, int>(StringComparer.Ordinal);
        var weights = intents.Select(_ => new double[lines.Length - 1]).ToArray();
        for (var row = 1; row < lines.Length; row++)
        {
            var cells = lines[row].Split('\t');
            if (cells.Length != intents.Length + 1 || (row == lines.Length - 1) != (cells[0] == Bias))
            {
                throw new InvalidDataException($"{source}: line {row + 1}: expected a feature and {intents.Length} weights");
            }

            if (row < lines.Length - 1)
            {
                vocabulary.Add(cells[0], row - 1);
            }

            for (var k = 0; k < intents.Length; k++)
            {
                if (!double.TryParse(cells[k + 1], NumberStyles.Float, CultureInfo.InvariantCulture, out weights[k][row - 1]))
                {
                    throw new InvalidDataException($"{source}: line {row + 1}: '{cells[k + 1]}' is not a number");
                }
            }
        }

        return new IntentClassifier(intents, vocabulary, weights);
    }

    private static void AppendRow(StringBuilder builder, string feature, IntentClassifier classifier, int id)
    {
        builder.Append(feature);
        for (var k = 0; k < classifier.Intents.Count; k++)
        {
            builder.Append('\t').Append(classifier.Weight(k, id).ToString("G6", CultureInfo.InvariantCulture));
        }

        builder.Append('\n');
    }
}
