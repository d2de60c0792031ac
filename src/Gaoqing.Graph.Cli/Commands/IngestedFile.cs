using Gaoqing.Graph.Model;
using Gaoqing.Graph.Model.Store;

namespace Gaoqing.Graph.Cli.Commands;

/// <summary>One file of an ingest: its graph and, once stored, the store's outcome.</summary>
internal sealed record IngestedFile(string Path, DocumentGraph Graph, IngestOutcome? Outcome = null)
{
    /// <summary>The number of nodes with <paramref name="label"/> the file's graph has.</summary>
    public int Count(string label) => Graph.Nodes.Count(node => node.Labels.Contains(label));
}
