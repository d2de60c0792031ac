using Gaoqing.Graph.GraphQL.Language.Ast;

namespace Gaoqing.Graph.GraphQL.Validation.Rules;

/// <summary>Spec 5.3.3 Leaf Field Selections: scalars and enums have no selection set, everything else has one.</summary>
public sealed class ScalarLeafsRule(ValidationContext context) : ValidationRule(context)
{
    private static readonly NodeKind[] Visited = [NodeKind.Field];

    /// <inheritdoc />
    public override IReadOnlyCollection<NodeKind>? Kinds => Visited;

    /// <inheritdoc />
    public override bool Enter(Node node)
    {
        if (node is not FieldNode field || Context.TypeInfo.Type is not { } type)
        {
            return true;
        }
        var name = field.Name.Value;
        var typeText = TypeFacts.Print(type);
        if (TypeFacts.IsLeaf(TypeFacts.Named(type)))
        {
            if (field.SelectionSet is { } selectionSet)
            {
                Report($"Field \"{name}\" must not have a selection since type \"{typeText}\" has no subfields.", selectionSet);
            }
        }
        else if (field.SelectionSet is null)
        {
            Report($"Field \"{name}\" of type \"{typeText}\" must have a selection of subfields. Did you mean \"{name} {{ ... }}\"?", field);
        }
        else if (field.SelectionSet.Selections.Count == 0)
        {
            Report($"Field \"{name}\" of type \"{typeText}\" must have at least one field selected.", field);
        }
        return true;
    }
}
