using System.Reflection;
using System.Text;
using Gaoqing.Graph.Answering.Linking;

namespace Gaoqing.Graph.Answering.Classification;

/// <summary>Reads the labeled question set (intent TAB question, entities written as &lt;DEPT&gt;, &lt;TASK&gt; …).</summary>
public static class IntentTrainingSet
{
    private static readonly (string Slot, EntityKind Kind)[] Slots =
    [
        ("<DEPT>", EntityKind.Department), ("<TASK>", EntityKind.Task), ("<PROJ>", EntityKind.Project), ("<PLACE>", EntityKind.Place),
        ("<IND>", EntityKind.Indicator), ("<DOC>", EntityKind.Document), ("<YEAR>", EntityKind.Year),
    ];

    /// <summary>The set embedded in this assembly (Data/intent-training.tsv).</summary>
    public static IReadOnlyList<IntentExample> Embedded()
    {
        using var stream = Assembly.GetExecutingAssembly().GetManifestResourceStream("Answering.intent-training.tsv")
            ?? throw new InvalidOperationException("the embedded resource intent-training.tsv is missing");
        using var reader = new StreamReader(stream, Encoding.UTF8);
        return Parse(reader.ReadToEnd(), "intent-training.tsv");
    }

    /// <summary>The examples of <paramref name="text"/>; a bad line throws naming <paramref name="source"/> and the line.</summary>
    public static IReadOnlyList<IntentExample> Parse(string text, string source)
    {
        ArgumentNullException.ThrowIfNull(text);
        var examples = new List<IntentExample>();
        var number = 0;
        foreach (var line in text.Split('\n'))
        {
            number++;
            var trimmed = line.TrimEnd('\r');
            if (trimmed.Length == 0 || trimmed[0] == '#')
            {
                continue;
            }

            var cells = trimmed.Split('\t');
            if (cells.Length != 2 || cells[0].Length == 0 || cells[1].Length == 0)
            {
                throw new InvalidDataException($"{source}: line {number}: expected 'INTENT<TAB>question'");
            }

            examples.Add(new IntentExample(ToMasked(cells[1]), cells[0]));
        }

        return examples;
    }

    /// <summary>A question written with slots (&lt;DEPT&gt; …) in the form the linker produces (placeholder characters).</summary>
    public static string ToMasked(string written)
    {
        ArgumentNullException.ThrowIfNull(written);
        foreach (var (slot, kind) in Slots)
        {
            written = written.Replace(slot, LinkedQuestion.Placeholder(kind).ToString(), StringComparison.Ordinal);
        }

        return written;
    }
}
