using System.Text;
using Gaoqing.Graph.Answering.Graph;
using Gaoqing.Graph.Model;

namespace Gaoqing.Graph.Answering.Search;

/// <summary>BM25 keyword search over task titles and texts and the names of units, projects, places and indicators; a
/// node whose text holds every word of the query as written (防渗试点, not only 防渗 and 试点 apart) scores double.</summary>
/// <remarks>Built once from a <see cref="GraphView"/>; searching is read-only and safe from many threads.</remarks>
public sealed class KeywordSearch
{
    private const double K1 = 1.2;
    private const double B = 0.75;
    private const int SnippetRadius = 40;
    private const double PhraseBoost = 2;
    private readonly List<(GraphNode Node, string Text, Dictionary<string, int> Frequencies, int Length)> _documents = [];
    private readonly Dictionary<string, List<int>> _postings = new(StringComparer.Ordinal);
    private readonly double _averageLength;

    /// <summary>Indexes the searchable nodes of <paramref name="view"/>.</summary>
    public KeywordSearch(GraphView view)
    {
        ArgumentNullException.ThrowIfNull(view);
        var tokenizer = SearchTokenizer.Default;
        foreach (var node in view.Tasks.Concat(view.Departments).Concat(view.Projects).Concat(view.Places).Concat(view.Indicators))
        {
            var text = node.Label == "Task" ? TaskText(node) : string.Join(" ", node.List("aliases").Prepend(node.DisplayName()));
            var terms = tokenizer.Terms(text);
            var frequencies = new Dictionary<string, int>(StringComparer.Ordinal);
            foreach (var term in terms)
            {
                frequencies[term] = frequencies.GetValueOrDefault(term) + 1;
            }

            foreach (var term in frequencies.Keys)
            {
                if (!_postings.TryGetValue(term, out var list))
                {
                    list = [];
                    _postings[term] = list;
                }

                list.Add(_documents.Count);
            }

            _documents.Add((node, text, frequencies, terms.Count));
        }

        _averageLength = _documents.Count == 0 ? 1 : Math.Max(1, _documents.Average(d => d.Length));
    }

    /// <summary>The <paramref name="first"/> best hits for <paramref name="text"/>, best first (ties in id order).</summary>
    public IReadOnlyList<SearchHit> Search(string text, int first = 10)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (first <= 0)
        {
            return [];
        }

        var terms = SearchTokenizer.Default.Terms(text).Distinct(StringComparer.Ordinal).Where(_postings.ContainsKey).ToArray();
        var scores = new Dictionary<int, double>();
        foreach (var term in terms)
        {
            var postings = _postings[term];
            var idf = Math.Log(1 + ((_documents.Count - postings.Count + 0.5) / (postings.Count + 0.5)));
            foreach (var index in postings)
            {
                var document = _documents[index];
                double frequency = document.Frequencies[term];
                var norm = K1 * (1 - B + (B * document.Length / _averageLength));
                scores[index] = scores.GetValueOrDefault(index) + (idf * frequency * (K1 + 1) / (frequency + norm));
            }
        }

        var phrases = Phrases(text);
        foreach (var index in scores.Keys.ToArray())
        {
            var lower = _documents[index].Text.ToLowerInvariant();
            if (phrases.Length > 0 && phrases.All(p => lower.Contains(p, StringComparison.Ordinal)))
            {
                scores[index] *= PhraseBoost;
            }
        }

        return scores
            .OrderByDescending(s => s.Value).ThenBy(s => _documents[s.Key].Node.Id, StringComparer.Ordinal)
            .Take(first)
            .Select(s =>
            {
                var document = _documents[s.Key];
                var matched = terms.Where(document.Frequencies.ContainsKey).ToArray();
                return new SearchHit(s.Value, document.Node, Snippet(document.Text, matched), matched);
            })
            .ToArray();
    }

    /// <summary>The words of a query as written, lower-cased: runs of letters and digits of two or more characters.</summary>
    private static string[] Phrases(string query)
    {
        var phrases = new List<string>();
        var run = new StringBuilder();
        foreach (var c in query.ToLowerInvariant().Append(' '))
        {
            if (char.IsLetterOrDigit(c))
            {
                run.Append(c);
                continue;
            }

            if (run.Length >= 2)
            {
                phrases.Add(run.ToString());
            }

            run.Clear();
        }

        return phrases.ToArray();
    }

    private static string TaskText(GraphNode task)
    {
        var title = task.Text("title") ?? string.Empty;
        var text = task.Text("text") ?? string.Empty;
        return text.StartsWith(title, StringComparison.Ordinal) ? text : $"{title}。{text}";
    }

    private static string Snippet(string text, string[] terms)
    {
        var lower = text.ToLowerInvariant();
        var first = terms.Select(t => lower.IndexOf(t, StringComparison.Ordinal)).Where(i => i >= 0).DefaultIfEmpty(0).Min();
        var start = Math.Max(0, first - SnippetRadius);
        var end = Math.Min(text.Length, first + SnippetRadius);
        var marks = new bool[end - start];
        foreach (var term in terms.OrderByDescending(t => t.Length))
        {
            for (var at = lower.IndexOf(term, start, StringComparison.Ordinal); at >= 0 && at + term.Length <= end; at = lower.IndexOf(term, at + term.Length, StringComparison.Ordinal))
            {
                Array.Fill(marks, true, at - start, term.Length);
            }
        }

        var builder = new StringBuilder();
        if (start > 0)
        {
            builder.Append('…');
        }

        for (var i = 0; i < marks.Length; i++)
        {
            if (marks[i] && (i == 0 || !marks[i - 1]))
            {
                builder.Append('【');
            }

            builder.Append(text[start + i]);
            if (marks[i] && (i == marks.Length - 1 || !marks[i + 1]))
            {
                builder.Append('】');
            }
        }

        if (end < text.Length)
        {
            builder.Append('…');
        }

        return builder.ToString();
    }
}
