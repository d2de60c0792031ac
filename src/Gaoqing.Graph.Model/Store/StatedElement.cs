using System.Collections.Immutable;

namespace Gaoqing.Graph.Model.Store;

/// <summary>A node or relationship as the graph shows it, merged from every document that states it, with those documents.</summary>
/// <param name="Value">The merged element.</param>
/// <param name="StatedBy">The ids of the documents that state it, in ingest order.</param>
internal sealed record StatedElement<T>(T Value, ImmutableList<string> StatedBy);
