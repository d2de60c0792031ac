using System.Reflection;
using System.Text;

namespace Gaoqing.Graph.Answering.Classification;

/// <summary>Rewrites how people type a question into the plain wording the intent classifier was trained on: colloquial
/// phrases from Data/colloquial-phrases.tsv (啥 → 什么, 咋样 → 怎么样, 弄完 → 完成), trailing particles dropped (呀, 啊,
/// 呢 …) and a closing 没 or 没有 read as the question word 吗 (完成没 → 完成了吗).</summary>
public static class ColloquialPhrases
{
    private const string Particles = "呀啊呢吧哈嘛哦啦~～";
    private static readonly (string Colloquial, string Plain)[] Phrases = Read();
    private static readonly int Longest = Phrases.Max(p => p.Colloquial.Length);
    private static readonly Dictionary<string, string>.AlternateLookup<ReadOnlySpan<char>> ByPhrase =
        Phrases.ToDictionary(p => p.Colloquial, p => p.Plain, StringComparer.Ordinal).GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>The plain wording of <paramref name="masked"/> (a question with its entities replaced by placeholders).</summary>
    public static string Plain(string masked)
    {
        ArgumentNullException.ThrowIfNull(masked);
        var text = masked;
        var end = text.Length;
        while (end > 0 && (char.IsPunctuation(text[end - 1]) || char.IsSymbol(text[end - 1]) || char.IsWhiteSpace(text[end - 1]) || Particles.Contains(text[end - 1], StringComparison.Ordinal)))
        {
            end--;
        }

        var builder = new StringBuilder(end + 4);
        var i = 0;
        while (i < end)
        {
            var matched = 0;
            for (var length = Math.Min(Longest, end - i); length >= 1 && matched == 0; length--)
            {
                if (ByPhrase.TryGetValue(text.AsSpan(i, length), out var plain))
                {
                    builder.Append(plain);
                    matched = length;
                }
            }

            if (matched == 0)
            {
                builder.Append(text[i]);
                matched = 1;
            }

            i += matched;
        }

        return ClosingQuestionWord(builder.ToString());
    }

    private static string ClosingQuestionWord(string text)
    {
        var cut = text.EndsWith("没有", StringComparison.Ordinal) && !text.EndsWith("有没有", StringComparison.Ordinal) ? 2
            : text.EndsWith('没') ? 1 : 0;
        if (cut == 0 || text.Length == cut)
        {
            return text;
        }

        var kept = text[..^cut];
        return kept + (kept[^1] == '了' ? "吗" : "了吗");
    }

    private static (string, string)[] Read()
    {
        using var stream = Assembly.GetExecutingAssembly().GetManifestResourceStream("Answering.colloquial-phrases.tsv")
            ?? throw new InvalidOperationException("the embedded resource colloquial-phrases.tsv is missing");
        using var reader = new StreamReader(stream, Encoding.UTF8);
        var rows = new List<(string, string)>();
        var number = 0;
        while (reader.ReadLine() is { } line)
        {
            number++;
            if (line.Length == 0 || line[0] == '#')
            {
                continue;
            }

            var cells = line.Split('\t');
            if (cells.Length != 2 || cells[0].Length == 0 || cells[1].Length == 0)
            {
                throw new InvalidDataException($"colloquial-phrases.tsv: line {number}: expected 'colloquial<TAB>plain'");
            }

            rows.Add((cells[0], cells[1]));
        }

        return rows.ToArray();
    }
}
