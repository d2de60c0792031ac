using Gaoqing.Graph.GraphQL.Language.Ast;

namespace Gaoqing.Graph.GraphQL.Validation.Rules;

/// <summary>Spec 5.5.1.1 Fragment Name Uniqueness: no two fragments share a name.</summary>
public sealed class UniqueFragmentNamesRule(ValidationContext context) : ValidationRule(context)
{
    private static readonly NodeKind[] Visited = [NodeKind.OperationDefinition, NodeKind.FragmentDefinition];

    private readonly Dictionary<string, NameNode> known = new(StringComparer.Ordinal);

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
                if (known.TryGetValue(fragment.Name.Value, out var first))
                {
                    Report($"There can be only one fragment named \"{fragment.Name.Value}\".", first, fragment.Name);
                }
                else
                {
                    known[fragment.Name.Value] = fragment.Name;
                }
                return false;
            default:
                return true;
        }
    }
}
