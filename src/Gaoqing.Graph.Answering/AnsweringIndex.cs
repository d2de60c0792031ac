using Gaoqing.Graph.Answering.Graph;
using Gaoqing.Graph.Answering.Linking;
using Gaoqing.Graph.Answering.Search;
using Gaoqing.Graph.Model.Tracing;

namespace Gaoqing.Graph.Answering;

/// <summary>Everything built from one state of the graph that answering reads: the view, the linker, the search index and
/// the outcomes of the plans' tasks.</summary>
public sealed class AnsweringIndex
{
    /// <summary>Builds the lexicon, linker and search index of <paramref name="view"/>, with no outcomes.</summary>
    public AnsweringIndex(GraphView view)
        : this(view, OutcomeIndex.Empty)
    {
    }

    /// <summary>Builds the lexicon, linker and search index of <paramref name="view"/>, answering outcome questions from <paramref name="outcomes"/>.</summary>
    public AnsweringIndex(GraphView view, OutcomeIndex outcomes)
    {
        View = view ?? throw new ArgumentNullException(nameof(view));
        Outcomes = outcomes ?? throw new ArgumentNullException(nameof(outcomes));
        Lexicon = new EntityLexicon(view);
        Linker = new EntityLinker(view, Lexicon);
        Search = new KeywordSearch(view);
    }

    /// <summary>The graph as read from the store.</summary>
    public GraphView View { get; }

    /// <summary>What later documents report about each plan task.</summary>
    public OutcomeIndex Outcomes { get; }

    /// <summary>Every known written form.</summary>
    public EntityLexicon Lexicon { get; }

    /// <summary>Finds what questions name.</summary>
    public EntityLinker Linker { get; }

    /// <summary>The BM25 index.</summary>
    public KeywordSearch Search { get; }
}
