using System.Text;
using Gaoqing.Graph.Text.Segmentation;

namespace Gaoqing.Graph.Answering.Search;

/// <summary>Turns text into search terms: jieba's search mode over the domain dictionary, lower-cased, stop words,
/// punctuation and whitespace dropped.</summary>
public sealed class SearchTokenizer
{
    private static readonly Lazy<SearchTokenizer> Shared = new(() => new SearchTokenizer());
    private readonly Segmenter _segmenter;
    private readonly HashSet<string> _stopWords;

    private SearchTokenizer()
    {
        _segmenter = new Segmenter();
        _segmenter.LoadUserDictionary(ReadResource("Answering.segmenter.dict.txt"), "segmenter.dict.txt");
        _stopWords = EmbeddedDictionaries.ReadAllText(EmbeddedDictionaries.StopWords)
            .Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .ToHashSet(StringComparer.Ordinal);
        foreach (var word in new[] { "哪些", "什么", "多少", "的", "了", "是", "有", "和", "与", "搜索", "查找", "相关", "内容", "有关", "关于", "方面", "工作", "任务", "哪个", "谁",
                     "牵头", "配合", "负责", "单位", "部门", "请问" })
        {
            _stopWords.Add(word);
        }
    }

    /// <summary>The tokenizer over the domain dictionary, loaded once.</summary>
    public static SearchTokenizer Default => Shared.Value;

    /// <summary>The search terms of <paramref name="text"/>, in order, repeats kept.</summary>
    public List<string> Terms(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var terms = new List<string>();
        foreach (var token in _segmenter.CutForSearch(text.ToLowerInvariant()))
        {
            if (token.Length == 0 || _stopWords.Contains(token) || token.All(c => char.IsWhiteSpace(c) || char.IsPunctuation(c) || char.IsSymbol(c)))
            {
                continue;
            }

            terms.Add(token);
        }

        return terms;
    }

    private static string ReadResource(string name)
    {
        using var stream = typeof(SearchTokenizer).Assembly.GetManifestResourceStream(name)
            ?? throw new InvalidOperationException($"the embedded resource {name} is missing");
        using var reader = new StreamReader(stream, Encoding.UTF8);
        return reader.ReadToEnd();
    }
}
