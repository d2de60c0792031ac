using Gaoqing.Graph.Model;

namespace Gaoqing.Graph.Answering.Search;

/// <summary>One result of a keyword search: its BM25 score, the node, a snippet with the matched words marked 【thus】,
/// and the matched words.</summary>
public sealed record SearchHit(double Score, GraphNode Node, string Snippet, IReadOnlyList<string> MatchedTerms);
