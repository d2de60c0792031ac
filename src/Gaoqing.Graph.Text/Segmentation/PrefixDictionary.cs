using System.Runtime.CompilerServices;

namespace Gaoqing.Graph.Text.Segmentation;

/// <summary>jieba's prefix dictionary: every word with its frequency and part-of-speech tag, and their total.</summary>
internal sealed class PrefixDictionary
{
    private readonly WordTrie _trie;
    private long[] _frequencies;
    private double[] _logFrequencies;
    private string[] _tags;
    private int _count;

    public PrefixDictionary(int expectedWords)
    {
        _trie = new WordTrie(expectedWords + (expectedWords / 2));
        _frequencies = new long[Math.Max(expectedWords, 16)];
        _logFrequencies = new double[_frequencies.Length];
        _tags = new string[_frequencies.Length];
    }

    private PrefixDictionary(PrefixDictionary other)
    {
        _trie = other._trie.Clone();
        _frequencies = (long[])other._frequencies.Clone();
        _logFrequencies = (double[])other._logFrequencies.Clone();
        _tags = (string[])other._tags.Clone();
        _count = other._count;
        Total = other.Total;
    }

    /// <summary>The trie of the words, for walking prefixes.</summary>
    public WordTrie Trie => _trie;

    /// <summary>The number of distinct words.</summary>
    public int Count => _count;

    /// <summary>The sum of all frequencies.</summary>
    public long Total { get; private set; }

    /// <summary>ln(<see cref="Total"/>).</summary>
    public double LogTotal => Math.Log(Total);

    /// <summary>A copy that can change without changing this dictionary.</summary>
    public PrefixDictionary Clone() => new(this);

    /// <summary>The id of <paramref name="word"/>, or -1.</summary>
    public int Find(ReadOnlySpan<char> word) => _trie.Find(word);

    /// <summary>The frequency of the word with id <paramref name="wordId"/>.</summary>
    public long Frequency(int wordId) => _frequencies[wordId];

    /// <summary>ln of the frequency of the word with id <paramref name="wordId"/> (-∞ for frequency 0).</summary>
    public double LogFrequency(int wordId) => _logFrequencies[wordId];

    /// <summary>The part-of-speech tag of the word with id <paramref name="wordId"/> ("" if none was given).</summary>
    public string Tag(int wordId) => _tags[wordId];

    /// <summary>The frequency of <paramref name="word"/>, or <paramref name="absent"/> if it is not in the dictionary.</summary>
    public long FrequencyOr(ReadOnlySpan<char> word, long absent)
    {
        var id = Find(word);
        return id < 0 ? absent : _frequencies[id];
    }

    /// <summary>
    /// Adds <paramref name="word"/>, or gives a word already present the new frequency (its tag stays, as in jieba-rs).
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public void AddOrUpdate(ReadOnlySpan<char> word, long frequency, string tag)
    {
        var id = _trie.Insert(word, _count);
        if (id == _count)
        {
            EnsureCapacity();
            _frequencies[id] = frequency;
            _tags[id] = tag;
            _count++;
            Total += frequency;
        }
        else
        {
            Total += frequency - _frequencies[id];
            _frequencies[id] = frequency;
        }

        _logFrequencies[id] = Math.Log(frequency);
    }

    private void EnsureCapacity()
    {
        if (_count < _frequencies.Length)
        {
            return;
        }

        var size = _frequencies.Length * 2;
        Array.Resize(ref _frequencies, size);
        Array.Resize(ref _logFrequencies, size);
        Array.Resize(ref _tags, size);
    }
}
