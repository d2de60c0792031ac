namespace Gaoqing.Graph.Text.Segmentation;

/// <summary>A prefix tree over UTF-16 code units that maps each stored word to its id.</summary>
/// <remarks>
/// The children of the root live in a direct array indexed by the code unit; every deeper edge is a
/// key <c>(parent node, code unit)</c> in one open-addressing hash table, so following an edge costs one
/// multiplication and, almost always, one probe. Nothing is allocated while looking words up.
/// </remarks>
internal sealed class WordTrie
{
    private const int NoWord = -1;

    private int[] _rootChildren;
    private ulong[] _edgeKeys;
    private int[] _edgeTargets;
    private int _edgeCount;
    private int[] _wordOfNode;
    private int _nodeCount;

    public WordTrie(int expectedNodes)
    {
        _rootChildren = new int[char.MaxValue + 1];
        var capacity = TableCapacityFor(expectedNodes);
        _edgeKeys = new ulong[capacity];
        _edgeTargets = new int[capacity];
        _wordOfNode = new int[Math.Max(expectedNodes, 16)];
        _wordOfNode[0] = NoWord;
        _nodeCount = 1;
    }

    private WordTrie(WordTrie other)
    {
        _rootChildren = (int[])other._rootChildren.Clone();
        _edgeKeys = (ulong[])other._edgeKeys.Clone();
        _edgeTargets = (int[])other._edgeTargets.Clone();
        _edgeCount = other._edgeCount;
        _wordOfNode = (int[])other._wordOfNode.Clone();
        _nodeCount = other._nodeCount;
    }

    /// <summary>The root node; it stands for the empty prefix.</summary>
    public const int Root = 0;

    /// <summary>A copy that can change without changing this trie.</summary>
    public WordTrie Clone() => new(this);

    /// <summary>The node reached from <paramref name="node"/> over <paramref name="unit"/>, or <see cref="Root"/> (0) if none.</summary>
    public int Child(int node, char unit)
    {
        if (node == Root)
        {
            return _rootChildren[unit];
        }

        var key = EdgeKey(node, unit);
        var mask = _edgeKeys.Length - 1;
        for (var slot = Slot(key, mask); ; slot = (slot + 1) & mask)
        {
            var found = _edgeKeys[slot];
            if (found == key)
            {
                return _edgeTargets[slot];
            }

            if (found == 0)
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
    public int Insert(ReadOnlySpan<char> word, int wordId)
    {
        var node = Root;
        foreach (var unit in word)
        {
            var child = Child(node, unit);
            if (child == Root)
            {
                child = NewNode();
                AddEdge(node, unit, child);
            }

            node = child;
        }

        if (_wordOfNode[node] == NoWord)
        {
            _wordOfNode[node] = wordId;
        }

        return _wordOfNode[node];
    }

    private int NewNode()
    {
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

        if ((_edgeCount + 1) * 2 > _edgeKeys.Length)
        {
            Grow();
        }

        Place(_edgeKeys, _edgeTargets, EdgeKey(parent, unit), child);
        _edgeCount++;
    }

    private void Grow()
    {
        var keys = new ulong[_edgeKeys.Length * 2];
        var targets = new int[keys.Length];
        for (var i = 0; i < _edgeKeys.Length; i++)
        {
            if (_edgeKeys[i] != 0)
            {
                Place(keys, targets, _edgeKeys[i], _edgeTargets[i]);
            }
        }

        _edgeKeys = keys;
        _edgeTargets = targets;
    }

    private static void Place(ulong[] keys, int[] targets, ulong key, int target)
    {
        var mask = keys.Length - 1;
        var slot = Slot(key, mask);
        while (keys[slot] != 0)
        {
            slot = (slot + 1) & mask;
        }

        keys[slot] = key;
        targets[slot] = target;
    }

    // Parents of stored edges are never the root, so a key is never 0 and 0 marks an empty slot.
    private static ulong EdgeKey(int parent, char unit) => ((ulong)(uint)parent << 16) | unit;

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
