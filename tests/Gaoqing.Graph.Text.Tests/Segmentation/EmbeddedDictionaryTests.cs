using System.Security.Cryptography;
using System.Text.RegularExpressions;
using Gaoqing.Graph.Text.Segmentation;

namespace Gaoqing.Graph.Text.Tests.Segmentation;

/// <summary>The embedded dictionaries are the files DICTIONARIES.md records, byte for byte.</summary>
public sealed partial class EmbeddedDictionaryTests
{
    public static TheoryData<string, string> RecordedChecksums()
    {
        var record = File.ReadAllText(Path.Combine(RepositoryPaths.Root, "src", "Gaoqing.Graph.Text", "Dictionaries", "DICTIONARIES.md"));
        var rows = new TheoryData<string, string>();
        foreach (Match row in ChecksumRow().Matches(record))
        {
            rows.Add(row.Groups["name"].Value, row.Groups["sha"].Value);
        }

        return rows;
    }

    [Theory]
    [MemberData(nameof(RecordedChecksums))]
    public void Each_resource_has_the_recorded_sha256(string name, string sha256)
    {
        var bytes = EmbeddedDictionaries.ReadAllBytes(name);

        Assert.Equal(sha256, Convert.ToHexStringLower(SHA256.HashData(bytes)));
    }

    [Fact]
    public void All_four_files_are_recorded()
    {
        var names = RecordedChecksums().Select(row => (string)row[0]).ToArray();

        Assert.Equal(
            new[] { EmbeddedDictionaries.Words, EmbeddedDictionaries.HmmModel, EmbeddedDictionaries.InverseDocumentFrequencies, EmbeddedDictionaries.StopWords }.Order(),
            names.Order());
    }

    [Fact]
    public void The_default_dictionary_holds_every_line_of_dict_txt()
    {
        var lines = EmbeddedDictionaries.ReadAllText(EmbeddedDictionaries.Words).Split('\n', StringSplitOptions.RemoveEmptyEntries);

        Assert.Equal(lines.Select(line => line.Split(' ')[0]).Distinct().Count(), Segmenter.Default.WordCount);
    }

    [GeneratedRegex(@"^\| `(?<name>[^`]+)\.gz` \|[^\n]*\| `(?<sha>[0-9a-f]{64})` \|", RegexOptions.Multiline)]
    private static partial Regex ChecksumRow();
}
