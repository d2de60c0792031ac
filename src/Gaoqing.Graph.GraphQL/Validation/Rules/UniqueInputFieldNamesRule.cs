using Gaoqing.Graph.GraphQL.Language.Ast;

namespace Gaoqing.Graph.GraphQL.Validation.Rules;

/// <summary>Spec 5.6.3 Input Object Field Uniqueness: an object literal names each field once.</summary>
public sealed class UniqueInputFieldNamesRule(ValidationContext context) : ValidationRule(context)
{
    private static readonly NodeKind[] Visited = [NodeKind.ObjectValue, NodeKind.ObjectField];

    private readonly Stack<Dictionary<string, NameNode>> outer = new();
    private Dictionary<string, NameNode> known = new(StringComparer.Ordinal);

    /// <inheritdoc />
    public override IReadOnlyCollection<NodeKind>? Kinds => Visited;

    /// <inheritdoc />
    public override bool Enter(Node node)
    {
        switch (node)
        {
            case ObjectValueNode:
                outer.Push(known);
                known = new Dictionary<string, NameNode>(StringComparer.Ordinal);
                break;
            case ObjectFieldNode field:
                if (known.TryGetValue(field.Name.Value, out var first))
                {
                    Report($"There can be only one input field named \"{field.Name.Value}\".", first, field.Name);
                }
                else
                {
                    known[field.Name.Value] = field.Name;
                }
                break;
        }
        return true;
    }

    /// <inheritdoc />
    public override void Leave(Node node)
    {
        if (node is ObjectValueNode)
        {
            known = outer.Pop();
        }
    }
}
