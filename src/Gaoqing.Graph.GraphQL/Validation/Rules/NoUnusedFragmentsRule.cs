using Gaoqing.Graph.GraphQL.Language.Ast;

namespace Gaoqing.Graph.GraphQL.Validation.Rules;

/// <summary>Spec 5.5.1.4 Fragments Must Be Used: every fragment is reachable from some operation.</summary>
public sealed class NoUnusedFragmentsRule(ValidationContext context) : ValidationRule(context)
{
    private static readonly NodeKind[] Visited = [NodeKind.Document, NodeKind.OperationDefinition, NodeKind.FragmentDefinition];

    private readonly List<OperationDefinitionNode> operations = [];
    private readonly List<FragmentDefinitionNode> fragments = [];

    /// <inheritdoc />
    public override IReadOnlyCollection<NodeKind>? Kinds => Visited;

    /// <inheritdoc />
    public override bool Enter(Node node)
    {
        switch (node)
        {
            case OperationDefinitionNode operation:
                operations.Add(operation);
                return false;
            case FragmentDefinitionNode fragment:
                fragments.Add(fragment);
                return false;
            default:
                return true;
        }
    }

    /// <inheritdoc />
    public override void Leave(Node node)
    {
        if (node is not DocumentNode)
        {
            return;
        }
        var used = new HashSet<string>(StringComparer.Ordinal);
        foreach (var fragment in Context.CollectFragments(operations))
        {
            used.Add(fragment.Name.Value);
        }
        foreach (var fragment in fragments)
        {
            if (!used.Contains(fragment.Name.Value))
            {
                Report($"Fragment \"{fragment.Name.Value}\" is never used.", fragment);
            }
        }
    }
}
