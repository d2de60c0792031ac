using Gaoqing.Graph.Answering.Graph;
using Gaoqing.Graph.Answering.Linking;
using Gaoqing.Graph.Answering.Search;

namespace Gaoqing.Graph.Answering;

/// <summary>Everything built from one state of the graph that answering reads: the view, the linker and the search index.</summary>
public sealed class AnsweringIndex
{
    /// <summary>Builds the lexicon, linker and search index of <paramref name="view"/>.</summary>
    public AnsweringIndex(GraphView view)
    {
        View = view ?? throw new ArgumentNullException(nameof(view));
        Lexicon = new EntityLexicon(view);
        Linker = new EntityLinker(view, Lexicon);
        Search = new KeywordSearch(view);
    }

    /// <summary>The graph as read from the store.</summary>
    public GraphView View { get; }

    /// <summary>Every known written form.</summary>
    public EntityLexicon Lexicon { get; }

    /// <summary>Finds what questions name.</summary>
    public EntityLinker Linker { get; }

    /// <summary>The BM25 index.</summary>
    public KeywordSearch Search { get; }
}
