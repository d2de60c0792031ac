namespace Gaoqing.Graph.Text.Segmentation;

/// <summary>A token with its part-of-speech tag (jieba's tag set: n, v, ns, nt, …; x, m, eng for unknown tokens).</summary>
public readonly record struct TaggedWord(string Word, string Tag);
