using System.Runtime.CompilerServices;

namespace Gaoqing.Graph.Text.Segmentation;

/// <summary>A prefix tree over UTF-16 code units that maps each stored word to its id.</summary>
/// <remarks>
/// The children of the root live in a direct array indexed by the code unit. Every deeper edge is one 64-bit
/// entry of an open-addressing hash table: parent node (24 bits) and code unit (16 bits) as the key, child
/// node (24 bits) as the value, so following an edge is one multiplication and, almost always, one memory read.
/// Words inserted in sorted order (as dict.txt is) reuse the path of the previous word instead of looking it up.
/// </remarks>
internal sealed class WordTrie
{
    /// <summary>The root node; it stands for the empty prefix. Child lookups return it for "no such child".</summary>
    public const int Root = 0;

    private const int NoWord = -1;
    private const int NodeBits = 24;
    private const int MaxNodes = 1 << NodeBits;
    private const ulong TargetMask = MaxNodes - 1;

    private int[] _rootChildren;
    private ulong[] _edges;
    private int _edgeCount;
    private int[] _wordOfNode;
    private int _nodeCount;
    private char[] _lastWord = new char[64];
    private int[] _lastPath = new int[65];
    private int _lastLength;

    public WordTrie(int expectedNodes)
    {
        _rootChildren = new int[char.MaxValue + 1];
        _edges = new ulong[TableCapacityFor(expectedNodes)];
        _wordOfNode = new int[Math.Max(expectedNodes, 16)];
        _wordOfNode[0] = NoWord;
        _nodeCount = 1;
    }

    private WordTrie(WordTrie other)
    {
        _rootChildren = (int[])other._rootChildren.Clone();
        _edges = (ulong[])other._edges.Clone();
        _edgeCount = other._edgeCount;
        _wordOfNode = (int[])other._wordOfNode.Clone();
        _nodeCount = other._nodeCount;
    }

    /// <summary>A copy that can change without changing this trie.</summary>
    public WordTrie Clone() => new(this);

    /// <summary>The node reached from <paramref name="node"/> over <paramref name="unit"/>, or <see cref="Root"/> if none.</summary>
    public int Child(int node, char unit)
    {
        if (node == Root)
        {
            return _rootChildren[unit];
        }

        var key = EdgeKey(node, unit);
        var edges = _edges;
        var mask = edges.Length - 1;
        for (var slot = Slot(key, mask); ; slot = (slot + 1) & mask)
        {
            var entry = edges[slot];
            if ((entry & ~TargetMask) == key)
            {
                return (int)(entry & TargetMask);
            }

            if (entry == 0)
            {
                return Root;
            }
        }
    }

    /// <summary>The id of the word that ends at <paramref name="node"/>, or -1.</summary>
    public int WordAt(int node) => _wordOfNode[node];

    /// <summary>The id of <paramref name="word"/>, or -1 if it is not stored.</summary>
    public int Find(ReadOnlySpan<char> word)
    {
        if (word.IsEmpty)
        {
            return NoWord;
        }

        var node = Root;
        foreach (var unit in word)
        {
            node = Child(node, unit);
            if (node == Root)
            {
                return NoWord;
            }
        }

        return _wordOfNode[node];
    }

    /// <summary>Stores <paramref name="word"/> with <paramref name="wordId"/> unless it is stored already; returns the id it has.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public int Insert(ReadOnlySpan<char> word, int wordId)
    {
        var shared = word.CommonPrefixLength(_lastWord.AsSpan(0, _lastLength));
        RememberCapacity(word.Length);
        var node = _lastPath[shared];
        var isNew = false;
        for (var depth = shared; depth < word.Length; depth++)
        {
            var child = isNew ? Root : Child(node, word[depth]);
            if (child == Root)
            {
                child = NewNode();
                AddEdge(node, word[depth], child);
                isNew = true;
            }

            node = child;
            _lastPath[depth + 1] = node;
        }

        word.CopyTo(_lastWord);
        _lastLength = word.Length;
        if (_wordOfNode[node] == NoWord)
        {
            _wordOfNode[node] = wordId;
        }

        return _wordOfNode[node];
    }

    private void RememberCapacity(int length)
    {
        if (length > _lastWord.Length)
        {
            Array.Resize(ref _lastWord, length * 2);
            Array.Resize(ref _lastPath, (length * 2) + 1);
        }
    }

    private int NewNode()
    {
        if (_nodeCount == MaxNodes)
        {
            throw new InvalidOperationException($"the dictionary is full: more than {MaxNodes} trie nodes");
        }

        if (_nodeCount == _wordOfNode.Length)
        {
            Array.Resize(ref _wordOfNode, _wordOfNode.Length * 2);
        }

        _wordOfNode[_nodeCount] = NoWord;
        return _nodeCount++;
    }

    private void AddEdge(int parent, char unit, int child)
    {
        if (parent == Root)
        {
            _rootChildren[unit] = child;
            return;
        }

        if ((_edgeCount + 1) * 2 > _edges.Length)
        {
            Grow();
        }

        Place(_edges, EdgeKey(parent, unit) | (uint)child);
        _edgeCount++;
    }

    private void Grow()
    {
        var edges = new ulong[_edges.Length * 2];
        foreach (var entry in _edges)
        {
            if (entry != 0)
            {
                Place(edges, entry);
            }
        }

        _edges = edges;
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static void Place(ulong[] edges, ulong entry)
    {
        var mask = edges.Length - 1;
        var slot = Slot(entry & ~TargetMask, mask);
        while (edges[slot] != 0)
        {
            slot = (slot + 1) & mask;
        }

        edges[slot] = entry;
    }

    // The key occupies the bits above the child's 24; parents of stored edges are never the root, so no entry is 0.
    private static ulong EdgeKey(int parent, char unit) => (((ulong)(uint)parent << 16) | unit) << NodeBits;

    private static int Slot(ulong key, int mask) => (int)((key * 0x9E3779B97F4A7C15UL) >> 32) & mask;

    private static int TableCapacityFor(int expectedNodes)
    {
        var capacity = 1024;
        while (capacity < expectedNodes * 2)
        {
            capacity *= 2;
        }

        return capacity;
    }
}
