using Gaoqing.Graph.GraphQL.Language.Ast;

namespace Gaoqing.Graph.GraphQL.Validation.Rules;

/// <summary>Spec 5.5.2.1 Fragment Spread Target Defined: every spread names a fragment of the document.</summary>
public sealed class KnownFragmentNamesRule(ValidationContext context) : ValidationRule(context)
{
    private static readonly NodeKind[] Visited = [NodeKind.FragmentSpread];

    /// <inheritdoc />
    public override IReadOnlyCollection<NodeKind>? Kinds => Visited;

    /// <inheritdoc />
    public override bool Enter(Node node)
    {
        if (node is FragmentSpreadNode spread && Context.GetFragment(spread.Name.Value) is null)
        {
            Report($"Unknown fragment \"{spread.Name.Value}\".", spread.Name);
        }
        return true;
    }
}
