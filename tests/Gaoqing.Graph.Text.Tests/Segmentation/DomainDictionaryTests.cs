using System.Text.Json;
using Gaoqing.Graph.Text.Normalization;
using Gaoqing.Graph.Text.Segmentation;

namespace Gaoqing.Graph.Text.Tests.Segmentation;

/// <summary>The domain dictionary keeps every responsible unit of the gold answers whole in the seed text.</summary>
public sealed class DomainDictionaryTests
{
    private static readonly Lazy<Segmenter> Domain = new(() =>
    {
        var segmenter = new Segmenter();
        segmenter.LoadUserDictionary(SeedFiles.DomainDictionary);
        return segmenter;
    });

    private static readonly Lazy<string[]> Units = new(() =>
    {
        using var gold = JsonDocument.Parse(File.ReadAllText(SeedFiles.KeyTasksGold));
        var units = new SortedSet<string>(StringComparer.Ordinal);
        foreach (var task in gold.RootElement.GetProperty("tasks").EnumerateArray())
        {
            foreach (var role in new[] { "lead", "support" })
            {
                foreach (var unit in task.GetProperty(role).EnumerateArray())
                {
                    units.Add(unit.GetString()!);
                }
            }
        }

        return [.. units];
    });

    public static TheoryData<string> GoldUnits() => new(Units.Value);

    [Theory]
    [MemberData(nameof(GoldUnits))]
    public void Every_occurrence_of_a_gold_unit_in_the_normalized_seed_is_one_token(string unit)
    {
        var text = TextNormalizer.Normalize(File.ReadAllText(RepositoryPaths.KeyTasksSeed)).Text;
        var tokens = Domain.Value.Tokenize(text);
        var starts = tokens.ToDictionary(token => token.Start, token => token.Length);
        var occurrences = 0;
        for (var at = text.IndexOf(unit, StringComparison.Ordinal); at >= 0; at = text.IndexOf(unit, at + 1, StringComparison.Ordinal))
        {
            if (InsideLongerUnit(text, at, unit))
            {
                continue;
            }

            occurrences++;
            var context = text.Substring(Math.Max(0, at - 8), Math.Min(text.Length - Math.Max(0, at - 8), unit.Length + 16));
            Assert.True(starts.TryGetValue(at, out var length) && length == unit.Length,
                $"'{unit}' at {at} is not one token in …{context}…: {string.Join(" | ", Domain.Value.Cut(context))}");
        }

        Assert.True(occurrences > 0, $"'{unit}' does not occur in the seed text on its own");
    }

    [Fact]
    public void Domain_words_carry_their_tags()
    {
        var tags = Domain.Value.Tag("配合单位：市生态环境局高青分局，县工业和信息化局");

        Assert.Contains(new TaggedWord("市生态环境局高青分局", "nt"), tags);
        Assert.Contains(new TaggedWord("县工业和信息化局", "nt"), tags);
    }

    [Fact]
    public void Loading_the_domain_dictionary_agrees_with_jieba_rs_loadDict_on_the_seeds()
    {
        var expected = GoldenFiles.ReadLines("cut-domain-hmm.txt.gz");
        var inputs = GoldenFiles.Inputs;
        for (var i = 0; i < expected.Length; i++)
        {
            Assert.Equal(GoldenFiles.TokensFromLengths(inputs[i], expected[i]), Domain.Value.Cut(inputs[i]));
        }
    }

    // 市生态环境局 is itself a unit, but inside 市生态环境局高青分局 the longer name (an "nt" of the domain
    // dictionary) is the token.
    private static readonly Lazy<string[]> DomainUnits = new(() => File.ReadAllLines(SeedFiles.DomainDictionary)
        .Select(line => line.Split(' '))
        .Where(fields => fields.Length == 3 && fields[2] == "nt")
        .Select(fields => fields[0])
        .ToArray());

    private static bool InsideLongerUnit(string text, int at, string unit) =>
        DomainUnits.Value.Any(other => other.Length > unit.Length
            && Enumerable.Range(0, other.Length - unit.Length + 1).Any(shift =>
                other.AsSpan(shift).StartsWith(unit) && at - shift >= 0 && text.AsSpan(at - shift).StartsWith(other)));
}
