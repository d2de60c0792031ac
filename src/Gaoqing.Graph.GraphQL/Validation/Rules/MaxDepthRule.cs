using Gaoqing.Graph.GraphQL.Language.Ast;

namespace Gaoqing.Graph.GraphQL.Validation.Rules;

/// <summary>A limit outside the specification: an operation's deepest field nesting, counted through fragments, stays within <see cref="ValidationOptions.MaxDepth"/>.</summary>
public sealed class MaxDepthRule(ValidationContext context, ValidationOptions options) : ValidationRule(context)
{
    private static readonly NodeKind[] Visited = [NodeKind.Document, NodeKind.OperationDefinition];

    /// <inheritdoc />
    public override IReadOnlyCollection<NodeKind>? Kinds => Visited;

    /// <inheritdoc />
    public override bool Enter(Node node)
    {
        if (node is OperationDefinitionNode operation && options.MaxDepth is { } maximum)
        {
            var measured = Context.Measure(operation, options.ListSizeEstimate).Depth;
            if (measured > maximum)
            {
                var subject = operation.Name is { } name ? $"Operation \"{name.Value}\"" : "The operation";
                Report($"{subject} is nested {measured} levels deep; the maximum depth is {maximum}.", operation);
            }
        }
        return node is DocumentNode;
    }
}
