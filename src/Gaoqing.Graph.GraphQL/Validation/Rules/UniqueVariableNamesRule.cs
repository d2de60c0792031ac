using Gaoqing.Graph.GraphQL.Language.Ast;

namespace Gaoqing.Graph.GraphQL.Validation.Rules;

/// <summary>Spec 5.8.1 Variable Uniqueness: an operation declares each variable once.</summary>
public sealed class UniqueVariableNamesRule(ValidationContext context) : ValidationRule(context)
{
    private static readonly NodeKind[] Visited = [NodeKind.OperationDefinition];

    /// <inheritdoc />
    public override IReadOnlyCollection<NodeKind>? Kinds => Visited;

    /// <inheritdoc />
    public override bool Enter(Node node)
    {
        if (node is OperationDefinitionNode operation)
        {
            foreach (var group in NameGroups.ByName(operation.VariableDefinitions, d => d.Variable.Name.Value))
            {
                if (group.Count > 1)
                {
                    Report($"There can be only one variable named \"${group[0].Variable.Name.Value}\".", [.. group.Select(d => d.Variable.Name)]);
                }
            }
        }
        return true;
    }
}
