using System.Globalization;
using System.Runtime.CompilerServices;

namespace Gaoqing.Graph.Text.Segmentation;

/// <summary>jieba's character-tagging HMM: log-probabilities of the states B, E, M, S (in that index order).</summary>
internal sealed class HiddenMarkovModel
{
    /// <summary>The log-probability jieba uses for anything the model has never seen.</summary>
    public const double Impossible = -3.14e100;

    /// <summary>The number of states: Begin, End, Middle, Single.</summary>
    public const int StateCount = 4;

    private static readonly Lazy<HiddenMarkovModel> Embedded =
        new(() => Parse(EmbeddedDictionaries.ReadAllText(EmbeddedDictionaries.HmmModel), EmbeddedDictionaries.HmmModel));

    private readonly double[] _start;
    private readonly double[] _transition;
    private readonly double[][] _emission;

    private HiddenMarkovModel(double[] start, double[] transition, double[][] emission)
    {
        _start = start;
        _transition = transition;
        _emission = emission;
    }

    /// <summary>The model embedded in this assembly, parsed once.</summary>
    public static HiddenMarkovModel Default => Embedded.Value;

    /// <summary>ln P(first state = <paramref name="state"/>).</summary>
    public double Start(int state) => _start[state];

    /// <summary>ln P(<paramref name="to"/> | <paramref name="from"/>).</summary>
    public double Transition(int from, int to) => _transition[(from * StateCount) + to];

    /// <summary>ln P(<paramref name="unit"/> | <paramref name="state"/>), or <see cref="Impossible"/> if never seen.</summary>
    public double Emission(int state, char unit) => _emission[state][unit];

    /// <summary>Reads cppjieba's <c>hmm_model.utf8</c> format: after '#' comments, a line of 4 start
    /// log-probabilities, 4 lines of the 4x4 transition matrix, and 4 emission lines <c>char:logp,char:logp,…</c>.</summary>
    public static HiddenMarkovModel Parse(string text, string source)
    {
        var lines = text.Split('\n')
            .Select((line, index) => (Text: line.Trim(), Number: index + 1))
            .Where(line => line.Text.Length > 0 && line.Text[0] != '#')
            .ToList();
        if (lines.Count != 1 + StateCount + StateCount)
        {
            throw new DictionaryFormatException(source, lines.Count > 0 ? lines[^1].Number : 1,
                $"expected {1 + (2 * StateCount)} data lines, found {lines.Count}");
        }

        var start = Numbers(lines[0].Text, source, lines[0].Number);
        var transition = new double[StateCount * StateCount];
        for (var from = 0; from < StateCount; from++)
        {
            Numbers(lines[1 + from].Text, source, lines[1 + from].Number).CopyTo(transition, from * StateCount);
        }

        var emission = new double[StateCount][];
        for (var state = 0; state < StateCount; state++)
        {
            var (line, number) = lines[1 + StateCount + state];
            emission[state] = Emissions(line, source, number);
        }

        return new HiddenMarkovModel(start, transition, emission);
    }

    private static double[] Numbers(string line, string source, int number)
    {
        var fields = line.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (fields.Length != StateCount)
        {
            throw new DictionaryFormatException(source, number, $"expected {StateCount} numbers, found {fields.Length}");
        }

        return fields.Select(field => Number(field, source, number)).ToArray();
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static double[] Emissions(string line, string source, int number)
    {
        var table = new double[char.MaxValue + 1];
        Array.Fill(table, Impossible);
        foreach (var range in line.AsSpan().Split(','))
        {
            var pair = line.AsSpan(range);
            if (pair.IsEmpty)
            {
                continue;
            }

            if (pair.LastIndexOf(':') != 1)
            {
                throw new DictionaryFormatException(source, number, $"'{pair}' is not 'character:log-probability'");
            }

            table[pair[0]] = Number(pair[2..], source, number);
        }

        return table;
    }

    private static double Number(ReadOnlySpan<char> field, string source, int number) =>
        double.TryParse(field, NumberStyles.Float, CultureInfo.InvariantCulture, out var value)
            ? value
            : throw new DictionaryFormatException(source, number, $"'{field}' is not a number");
}
