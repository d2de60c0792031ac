using Gaoqing.Graph.GraphQL.Language.Ast;

namespace Gaoqing.Graph.GraphQL.Validation.Rules;

/// <summary>Spec 5.8.3 All Variable Uses Defined: each variable an operation uses, also through fragments, is declared by it.</summary>
public sealed class NoUndefinedVariablesRule(ValidationContext context) : ValidationRule(context)
{
    private static readonly NodeKind[] Visited = [NodeKind.OperationDefinition, NodeKind.VariableDefinition];

    private readonly HashSet<string> defined = new(StringComparer.Ordinal);

    /// <inheritdoc />
    public override IReadOnlyCollection<NodeKind>? Kinds => Visited;

    /// <inheritdoc />
    public override bool Enter(Node node)
    {
        switch (node)
        {
            case OperationDefinitionNode:
                defined.Clear();
                break;
            case VariableDefinitionNode definition:
                defined.Add(definition.Variable.Name.Value);
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
        foreach (var usage in Context.GetRecursiveVariableUsages(operation))
        {
            var name = usage.Node.Name.Value;
            if (!defined.Contains(name))
            {
                var message = operation.Name is { } operationName
                    ? $"Variable \"${name}\" is not defined by operation \"{operationName.Value}\"."
                    : $"Variable \"${name}\" is not defined.";
                Report(message, usage.Node, operation);
            }
        }
    }
}
