using Gaoqing.Graph.GraphQL.Language.Ast;

namespace Gaoqing.Graph.GraphQL.Validation.Rules;

/// <summary>Spec 5.8.4 All Variables Used: each declared variable is used by the operation or a fragment it uses.</summary>
public sealed class NoUnusedVariablesRule(ValidationContext context) : ValidationRule(context)
{
    private static readonly NodeKind[] Visited = [NodeKind.OperationDefinition, NodeKind.VariableDefinition];

    private readonly List<VariableDefinitionNode> definitions = [];

    /// <inheritdoc />
    public override IReadOnlyCollection<NodeKind>? Kinds => Visited;

    /// <inheritdoc />
    public override bool Enter(Node node)
    {
        switch (node)
        {
            case OperationDefinitionNode:
                definitions.Clear();
                break;
            case VariableDefinitionNode definition:
                definitions.Add(definition);
                break;
        }
        return true;
    }

    /// <inheritdoc />
    public override void Leave(Node node)
    {
        if (node is not OperationDefinitionNode operation)
        {
            return;
        }
        var used = new HashSet<string>(StringComparer.Ordinal);
        foreach (var usage in Context.GetRecursiveVariableUsages(operation))
        {
            used.Add(usage.Node.Name.Value);
        }
        foreach (var definition in definitions)
        {
            var name = definition.Variable.Name.Value;
            if (!used.Contains(name))
            {
                var message = operation.Name is { } operationName
                    ? $"Variable \"${name}\" is never used in operation \"{operationName.Value}\"."
                    : $"Variable \"${name}\" is never used.";
                Report(message, definition);
            }
        }
    }
}
