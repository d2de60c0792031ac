namespace Gaoqing.Graph.Model.Tracing;

/// <summary>Gives the outcomes of the graph as it is now committed: what later documents report about each plan task.</summary>
public interface IOutcomeSource
{
    /// <summary>The outcomes of the current committed graph.</summary>
    ValueTask<OutcomeIndex> GetOutcomesAsync(CancellationToken cancellationToken = default);
}
