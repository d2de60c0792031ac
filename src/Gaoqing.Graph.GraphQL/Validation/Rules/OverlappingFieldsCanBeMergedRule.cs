using Gaoqing.Graph.GraphQL.Language.Ast;
using Gaoqing.Graph.GraphQL.Types;
using static Gaoqing.Graph.GraphQL.Validation.FieldMerging;

namespace Gaoqing.Graph.GraphQL.Validation.Rules;

/// <summary>
/// Spec 5.3.2 Field Selection Merging: fields that share a response key must be the same field with the same
/// arguments (unless their parents are distinct object types), return compatible types, and have mergeable sub-selections.
/// Collected field sets, compared fragment pairs and field comparisons are cached, and a work budget bounds the
/// whole check, so that documents built to blow it up (100,000 aliases, fragment fan-outs) stay fast.
/// </summary>
public sealed class OverlappingFieldsCanBeMergedRule(ValidationContext context) : ValidationRule(context)
{
    private static readonly NodeKind[] Visited =
        [NodeKind.SelectionSet, NodeKind.Field, NodeKind.InlineFragment, NodeKind.OperationDefinition, NodeKind.FragmentDefinition];

    private readonly FieldMerging merging = new(context);
    private readonly List<Node> owners = [];

    /// <inheritdoc />
    public override IReadOnlyCollection<NodeKind>? Kinds => Visited;

    /// <inheritdoc />
    public override bool Enter(Node node)
    {
        if (node is not SelectionSetNode selectionSet)
        {
            owners.Add(node);
            return true;
        }
        if (owners.Count > 0 && owners[^1] is not InlineFragmentNode
            && (selectionSet.Selections.Count > 1 || selectionSet.Selections is [InlineFragmentNode]))
        {
            foreach (var conflict in merging.FindConflictsWithin(Context.TypeInfo.ParentType, selectionSet))
            {
                Report(
                    $"Fields \"{Abbreviate(conflict.ResponseName)}\" conflict because {conflict.Reason}. Use different aliases on the fields to fetch both if this was intentional.",
                    [.. conflict.Fields1, .. conflict.Fields2]);
            }
        }
        return true;
    }

    /// <inheritdoc />
    public override void Leave(Node node)
    {
        if (node is not SelectionSetNode)
        {
            owners.RemoveAt(owners.Count - 1);
        }
    }
}
