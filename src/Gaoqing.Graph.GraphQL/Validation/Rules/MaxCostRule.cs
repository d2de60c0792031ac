using Gaoqing.Graph.GraphQL.Language.Ast;

namespace Gaoqing.Graph.GraphQL.Validation.Rules;

/// <summary>A limit outside the specification: an operation's estimated cost (each field 1, everything under a list field counted ListSizeEstimate times), counted through fragments, stays within <see cref="ValidationOptions.MaxCost"/>.</summary>
public sealed class MaxCostRule(ValidationContext context, ValidationOptions options) : ValidationRule(context)
{
    private static readonly NodeKind[] Visited = [NodeKind.Document, NodeKind.OperationDefinition];

    /// <inheritdoc />
    public override IReadOnlyCollection<NodeKind>? Kinds => Visited;

    /// <inheritdoc />
    public override bool Enter(Node node)
    {
        if (node is OperationDefinitionNode operation && options.MaxCost is { } maximum)
        {
            var measured = Context.Measure(operation, options.ListSizeEstimate).Cost;
            if (measured > maximum)
            {
                var subject = operation.Name is { } name ? $"Operation \"{name.Value}\"" : "The operation";
                Report($"{subject} has an estimated cost of {measured}; the maximum cost is {maximum}.", operation);
            }
        }
        return node is DocumentNode;
    }
}
