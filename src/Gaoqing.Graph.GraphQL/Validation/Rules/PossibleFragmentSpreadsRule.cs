using Gaoqing.Graph.GraphQL.Language.Ast;

namespace Gaoqing.Graph.GraphQL.Validation.Rules;

/// <summary>Spec 5.5.2.3 Fragment Spread Is Possible: some object could be of both the fragment's and the parent's type.</summary>
public sealed class PossibleFragmentSpreadsRule(ValidationContext context) : ValidationRule(context)
{
    private static readonly NodeKind[] Visited = [NodeKind.InlineFragment, NodeKind.FragmentSpread];

    /// <inheritdoc />
    public override IReadOnlyCollection<NodeKind>? Kinds => Visited;

    /// <inheritdoc />
    public override bool Enter(Node node)
    {
        var schema = Context.Schema;
        var parent = Context.TypeInfo.ParentType;
        switch (node)
        {
            case InlineFragmentNode inline:
                var inlineType = Context.TypeInfo.Type;
                if (TypeFacts.IsComposite(inlineType) && TypeFacts.IsComposite(parent) && !TypeFacts.DoTypesOverlap(schema, inlineType!, parent!))
                {
                    Report($"Fragment cannot be spread here as objects of type \"{TypeFacts.Print(parent!)}\" can never be of type \"{TypeFacts.Print(inlineType!)}\".", inline);
                }
                break;
            case FragmentSpreadNode spread:
                var fragmentType = Context.GetFragment(spread.Name.Value) is { } fragment ? TypeFacts.FromAst(schema, fragment.TypeCondition) : null;
                if (TypeFacts.IsComposite(fragmentType) && parent is not null && !TypeFacts.DoTypesOverlap(schema, fragmentType!, parent))
                {
                    Report($"Fragment \"{spread.Name.Value}\" cannot be spread here as objects of type \"{TypeFacts.Print(parent)}\" can never be of type \"{TypeFacts.Print(fragmentType!)}\".", spread);
                }
                break;
        }
        return true;
    }
}
