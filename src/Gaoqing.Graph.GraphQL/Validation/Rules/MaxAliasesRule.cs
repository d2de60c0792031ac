using Gaoqing.Graph.GraphQL.Language.Ast;

namespace Gaoqing.Graph.GraphQL.Validation.Rules;

/// <summary>A limit outside the specification: an operation's number of aliased fields, counted through fragments, stays within <see cref="ValidationOptions.MaxAliases"/>.</summary>
public sealed class MaxAliasesRule(ValidationContext context, ValidationOptions options) : ValidationRule(context)
{
    private static readonly NodeKind[] Visited = [NodeKind.Document, NodeKind.OperationDefinition];

    /// <inheritdoc />
    public override IReadOnlyCollection<NodeKind>? Kinds => Visited;

    /// <inheritdoc />
    public override bool Enter(Node node)
    {
        if (node is OperationDefinitionNode operation && options.MaxAliases is { } maximum)
        {
            var measured = Context.Measure(operation, options.ListSizeEstimate).Aliases;
            if (measured > maximum)
            {
                var subject = operation.Name is { } name ? $"Operation \"{name.Value}\"" : "The operation";
                Report($"{subject} has {measured} aliases; the maximum is {maximum}.", operation);
            }
        }
        return node is DocumentNode;
    }
}
