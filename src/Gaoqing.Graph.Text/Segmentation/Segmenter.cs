using Gaoqing.Graph.Text.Decoding;

namespace Gaoqing.Graph.Text.Segmentation;

/// <summary>
/// A Chinese word segmenter that gives the same tokens as jieba-rs (<c>@node-rs/jieba</c>): prefix dictionary, DAG,
/// maximum-probability route, and the HMM for runs of unknown characters.
/// </summary>
/// <remarks>
/// Reading (<see cref="Cut"/>, <see cref="Tokenize(string, bool)"/>, <see cref="CutForSearch"/>, <see cref="Tag"/>) is safe
/// from many threads at once; adding words is not safe while another thread reads.
/// </remarks>
public sealed class Segmenter
{
    private static readonly Lazy<PrefixDictionary> JiebaDictionary = new(LoadJiebaDictionary);
    private static readonly Lazy<Segmenter> Shared = new(() => new Segmenter(JiebaDictionary.Value, isReadOnly: true));

    private readonly PrefixDictionary _dictionary;
    private readonly bool _isReadOnly;

    /// <summary>A segmenter with its own copy of jieba's dictionary, to which words can be added.</summary>
    public Segmenter()
        : this(JiebaDictionary.Value.Clone(), isReadOnly: false)
    {
    }

    private Segmenter(PrefixDictionary dictionary, bool isReadOnly)
    {
        _dictionary = dictionary;
        _isReadOnly = isReadOnly;
    }

    /// <summary>The shared, read-only segmenter over jieba's dictionary; loaded once, on first use.</summary>
    public static Segmenter Default => Shared.Value;

    /// <summary>The number of words in the dictionary.</summary>
    public int WordCount => _dictionary.Count;

    /// <summary>A segmenter over the given dictionary text alone (jieba format; a missing frequency counts as 0).</summary>
    public static Segmenter FromDictionary(string dictionaryText, string source)
    {
        ArgumentNullException.ThrowIfNull(dictionaryText);
        return new Segmenter(ReadDictionary(dictionaryText, source, dictionaryText.Length / 16), isReadOnly: false);
    }

    /// <summary>The tokens of <paramref name="text"/>; they concatenate back to <paramref name="text"/>.</summary>
    public List<string> Cut(string text, bool hmm = true)
    {
        ArgumentNullException.ThrowIfNull(text);
        var spans = Tokenize(text, hmm);
        var words = new List<string>(spans.Count);
        foreach (var span in spans)
        {
            words.Add(text.Substring(span.Start, span.Length));
        }

        return words;
    }

    /// <summary>Where the tokens of <paramref name="text"/> lie, in order, covering it without gaps.</summary>
    public List<TokenSpan> Tokenize(string text, bool hmm = true)
    {
        ArgumentNullException.ThrowIfNull(text);
        var spans = new List<TokenSpan>((text.Length / 2) + 1);
        Tokenize(text.AsSpan(), hmm, spans);
        return spans;
    }

    /// <summary>Appends the token spans of <paramref name="text"/> to <paramref name="tokens"/> (offsets relative to <paramref name="text"/>).</summary>
    public void Tokenize(ReadOnlySpan<char> text, bool hmm, List<TokenSpan> tokens)
    {
        ArgumentNullException.ThrowIfNull(tokens);
        var model = hmm ? HiddenMarkovModel.Default : null;
        BlockSplitter.Cut(_dictionary, model, text, SegmentationScratch.ForCurrentThread(), tokens);
    }

    /// <summary>jieba's search mode: each token, preceded by its 2- and 3-character sub-words that are in the dictionary.</summary>
    public List<string> CutForSearch(string text, bool hmm = true)
    {
        var expanded = new List<TokenSpan>();
        foreach (var token in Tokenize(text, hmm))
        {
            SearchGrams.Expand(_dictionary, text, token, expanded);
        }

        return expanded.ConvertAll(span => text.Substring(span.Start, span.Length));
    }

    /// <summary>The tokens with the dictionary's part-of-speech tag; unknown tokens get "x", "m" (digits) or "eng".</summary>
    public List<TaggedWord> Tag(string text, bool hmm = true)
    {
        return Tokenize(text, hmm).ConvertAll(span =>
        {
            var word = text.AsSpan(span.Start, span.Length);
            var id = _dictionary.Find(word);
            return new TaggedWord(word.ToString(), id >= 0 ? _dictionary.Tag(id) : PartOfSpeech.ForUnknown(word));
        });
    }

    /// <summary>True if <paramref name="word"/> is in the dictionary (whatever its frequency).</summary>
    public bool Contains(string word) => _dictionary.Find(word) >= 0;

    /// <summary>The dictionary frequency of <paramref name="word"/>, or null if it is not in the dictionary.</summary>
    public long? Frequency(string word)
    {
        var id = _dictionary.Find(word);
        return id < 0 ? null : _dictionary.Frequency(id);
    }

    /// <summary>
    /// Adds <paramref name="word"/> (or changes the frequency of a word already present, keeping its tag) and returns
    /// its frequency; without a frequency, jieba's suggestion is used (<see cref="SuggestFrequency"/>).
    /// </summary>
    public long AddWord(string word, long? frequency = null, string? tag = null)
    {
        ThrowIfReadOnly();
        ValidateWord(word);
        if (frequency is < 0)
        {
            throw new ArgumentOutOfRangeException(nameof(frequency), frequency, "a frequency cannot be negative");
        }

        var value = frequency ?? SuggestFrequency(word);
        _dictionary.AddOrUpdate(word, value, tag ?? "");
        return value;
    }

    /// <summary>
    /// The smallest frequency that makes <paramref name="word"/> win over the tokens it is cut into without the HMM
    /// (jieba's <c>suggest_freq</c>), and never less than its current frequency.
    /// </summary>
    public long SuggestFrequency(string word)
    {
        ArgumentNullException.ThrowIfNull(word);
        var logTotal = Math.Log(_dictionary.Total);
        var logFrequency = 0.0;
        foreach (var part in Cut(word, hmm: false))
        {
            logFrequency = logFrequency + Math.Log(_dictionary.FrequencyOr(part, 1)) - logTotal;
        }

        return Math.Max((long)Math.Exp(logFrequency + logTotal) + 1, _dictionary.FrequencyOr(word, 1));
    }

    /// <summary>Adds the words of a user dictionary file (jieba format: <c>word [frequency] [tag]</c> a line, UTF-8).</summary>
    /// <exception cref="DictionaryFormatException">A line is malformed or the file is not valid UTF-8.</exception>
    public void LoadUserDictionary(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        LoadUserDictionary(StrictUtf8.Decode(File.ReadAllBytes(path), path), path);
    }

    /// <summary>Adds the words of user dictionary text; a word without a frequency gets jieba's suggestion.</summary>
    /// <remarks>
    /// Lines with a frequency behave exactly like jieba-rs's <c>load_dict</c> on top of the default dictionary. For a
    /// line without one this follows Python jieba's <c>load_userdict</c> (<see cref="SuggestFrequency"/>), where
    /// jieba-rs would use frequency 0 and so never choose the word.
    /// </remarks>
    /// <exception cref="DictionaryFormatException">A line is malformed.</exception>
    public void LoadUserDictionary(string dictionaryText, string source)
    {
        ThrowIfReadOnly();
        ArgumentNullException.ThrowIfNull(dictionaryText);
        var entries = new List<(string Word, long? Frequency, string Tag)>();
        DictionaryReader.Read(dictionaryText, source, (word, frequency, tag) => entries.Add((word.ToString(), frequency, tag.ToString())));
        foreach (var (word, frequency, tag) in entries)
        {
            AddWord(word, frequency, tag);
        }
    }

    private static PrefixDictionary LoadJiebaDictionary() =>
        ReadDictionary(EmbeddedDictionaries.ReadAllText(EmbeddedDictionaries.Words), EmbeddedDictionaries.Words, 360_000);

    private static PrefixDictionary ReadDictionary(string text, string source, int expectedWords)
    {
        var dictionary = new PrefixDictionary(expectedWords);
        var tags = new Dictionary<string, string>().GetAlternateLookup<ReadOnlySpan<char>>();
        DictionaryReader.Read(text, source, (word, frequency, tag) =>
        {
            if (!tags.TryGetValue(tag, out var interned))
            {
                interned = tag.ToString();
                tags[interned] = interned;
            }

            dictionary.AddOrUpdate(word, frequency ?? 0, interned);
        });
        return dictionary;
    }

    private void ThrowIfReadOnly()
    {
        if (_isReadOnly)
        {
            throw new InvalidOperationException("Segmenter.Default is shared and read-only; create a new Segmenter() to add words.");
        }
    }

    private static void ValidateWord(string word)
    {
        ArgumentNullException.ThrowIfNull(word);
        for (var i = 0; i < word.Length; i += Runes.LengthAt(word, i))
        {
            if (char.IsSurrogate(word[i]) && Runes.LengthAt(word, i) == 1)
            {
                throw new ArgumentException($"the word has a lone surrogate at offset {i}", nameof(word));
            }
        }

        if (word.Length == 0)
        {
            throw new ArgumentException("a word cannot be empty", nameof(word));
        }
    }
}
