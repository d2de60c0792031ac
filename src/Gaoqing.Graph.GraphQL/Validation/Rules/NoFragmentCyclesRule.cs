using Gaoqing.Graph.GraphQL.Language.Ast;

namespace Gaoqing.Graph.GraphQL.Validation.Rules;

/// <summary>Spec 5.5.2.2 Fragment Spreads Must Not Form Cycles.</summary>
public sealed class NoFragmentCyclesRule(ValidationContext context) : ValidationRule(context)
{
    private static readonly NodeKind[] Visited = [NodeKind.OperationDefinition, NodeKind.FragmentDefinition];

    private readonly HashSet<string> visited = new(StringComparer.Ordinal);
    private readonly List<FragmentSpreadNode> spreadPath = [];
    private readonly Dictionary<string, int> pathIndexByName = new(StringComparer.Ordinal);

    /// <inheritdoc />
    public override IReadOnlyCollection<NodeKind>? Kinds => Visited;

    /// <inheritdoc />
    public override bool Enter(Node node)
    {
        switch (node)
        {
            case OperationDefinitionNode:
                return false;
            case FragmentDefinitionNode fragment:
                DetectCycles(fragment);
                return false;
            default:
                return true;
        }
    }

    /// <summary>Depth-first search along spreads, iterative so that long fragment chains cannot overflow the stack.</summary>
    private void DetectCycles(FragmentDefinitionNode start)
    {
        var frames = new Stack<(FragmentDefinitionNode Fragment, IReadOnlyList<FragmentSpreadNode> Spreads, int Next)>();
        if (!Begin(start, frames))
        {
            return;
        }
        while (frames.Count > 0)
        {
            var (fragment, spreads, next) = frames.Pop();
            if (next > 0)
            {
                spreadPath.RemoveAt(spreadPath.Count - 1);
            }
            if (next == spreads.Count)
            {
                pathIndexByName.Remove(fragment.Name.Value);
                continue;
            }
            frames.Push((fragment, spreads, next + 1));
            var spread = spreads[next];
            var spreadName = spread.Name.Value;
            spreadPath.Add(spread);
            if (pathIndexByName.TryGetValue(spreadName, out var cycleIndex))
            {
                ReportCycle(spreadName, cycleIndex);
            }
            else if (Context.GetFragment(spreadName) is { } target)
            {
                Begin(target, frames);
            }
        }
    }

    private bool Begin(FragmentDefinitionNode fragment, Stack<(FragmentDefinitionNode, IReadOnlyList<FragmentSpreadNode>, int)> frames)
    {
        if (!visited.Add(fragment.Name.Value))
        {
            return false;
        }
        var spreads = Context.GetFragmentSpreads(fragment.SelectionSet);
        if (spreads.Count == 0)
        {
            return false;
        }
        pathIndexByName[fragment.Name.Value] = spreadPath.Count;
        frames.Push((fragment, spreads, 0));
        return true;
    }

    private void ReportCycle(string spreadName, int cycleIndex)
    {
        var cycle = spreadPath.GetRange(cycleIndex, spreadPath.Count - cycleIndex);
        var via = string.Join(", ", cycle.Take(cycle.Count - 1).Select(s => "\"" + s.Name.Value + "\""));
        var message = $"Cannot spread fragment \"{spreadName}\" within itself" + (via.Length > 0 ? $" via {via}." : ".");
        Report(message, [.. cycle]);
    }
}
