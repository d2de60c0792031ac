using Gaoqing.Graph.GraphQL.Language.Ast;

namespace Gaoqing.Graph.GraphQL.Validation.Rules;

/// <summary>Spec 5.2.1.1 Operation Name Uniqueness: no two operations share a name.</summary>
public sealed class UniqueOperationNamesRule(ValidationContext context) : ValidationRule(context)
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
            case OperationDefinitionNode { Name: { } name }:
                if (known.TryGetValue(name.Value, out var first))
                {
                    Report($"There can be only one operation named \"{name.Value}\".", first, name);
                }
                else
                {
                    known[name.Value] = name;
                }
                return false;
            case OperationDefinitionNode or FragmentDefinitionNode:
                return false;
            default:
                return true;
        }
    }
}
