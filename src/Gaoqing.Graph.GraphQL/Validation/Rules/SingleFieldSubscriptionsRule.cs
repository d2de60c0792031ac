using Gaoqing.Graph.GraphQL.Language.Ast;
using Gaoqing.Graph.GraphQL.Types;

namespace Gaoqing.Graph.GraphQL.Validation.Rules;

/// <summary>Spec 5.2.3.1 Single Root Field: a subscription selects exactly one root field, and not an introspection field.</summary>
public sealed class SingleFieldSubscriptionsRule(ValidationContext context) : ValidationRule(context)
{
    private static readonly NodeKind[] Visited = [NodeKind.OperationDefinition];

    /// <inheritdoc />
    public override IReadOnlyCollection<NodeKind>? Kinds => Visited;

    /// <inheritdoc />
    public override bool Enter(Node node)
    {
        if (node is not OperationDefinitionNode { Operation: OperationType.Subscription } operation
            || TypeFacts.RootType(Context.Schema, OperationType.Subscription) is not { } subscriptionType)
        {
            return true;
        }
        var fields = new List<(string Key, List<FieldNode> Nodes)>();
        Collect(subscriptionType, operation.SelectionSet, fields, new HashSet<string>(StringComparer.Ordinal));
        var name = operation.Name?.Value;
        if (fields.Count > 1)
        {
            var extra = fields.Skip(1).SelectMany(f => f.Nodes).ToArray<Node?>();
            Report(name is null
                ? "Anonymous Subscription must select only one top level field."
                : $"Subscription \"{name}\" must select only one top level field.", extra);
        }
        foreach (var (_, nodes) in fields)
        {
            if (nodes[0].Name.Value.StartsWith("__", StringComparison.Ordinal))
            {
                Report(name is null
                    ? "Anonymous Subscription must not select an introspection top level field."
                    : $"Subscription \"{name}\" must not select an introspection top level field.", [.. nodes]);
            }
        }
        return true;
    }

    /// <summary>Groups the root fields by response key the way execution would, without variables.</summary>
    private void Collect(GraphQLType type, SelectionSetNode selectionSet, List<(string Key, List<FieldNode> Nodes)> fields, HashSet<string> visited)
    {
        foreach (var selection in selectionSet.Selections)
        {
            if (!IsIncluded(selection))
            {
                continue;
            }
            switch (selection)
            {
                case FieldNode field:
                    var key = field.ResponseKey;
                    var index = fields.FindIndex(f => f.Key == key);
                    if (index < 0)
                    {
                        fields.Add((key, [field]));
                    }
                    else
                    {
                        fields[index].Nodes.Add(field);
                    }
                    break;
                case InlineFragmentNode inline when ConditionMatches(inline.TypeCondition, type):
                    Collect(type, inline.SelectionSet, fields, visited);
                    break;
                case FragmentSpreadNode spread when visited.Add(spread.Name.Value):
                    if (Context.GetFragment(spread.Name.Value) is { } fragment && ConditionMatches(fragment.TypeCondition, type))
                    {
                        Collect(type, fragment.SelectionSet, fields, visited);
                    }
                    break;
            }
        }
    }

    private bool ConditionMatches(NamedTypeNode? condition, GraphQLType type)
    {
        if (condition is null)
        {
            return true;
        }
        var conditional = TypeFacts.FromAst(Context.Schema, condition);
        if (ReferenceEquals(conditional, type))
        {
            return true;
        }
        return conditional is not null && TypeFacts.IsAbstract(conditional) && TypeFacts.IsSubType(Context.Schema, conditional, type);
    }

    /// <summary>@skip and @include with literal conditions; a condition given by a variable cannot be known here, so it keeps the selection.</summary>
    private static bool IsIncluded(SelectionNode selection)
    {
        foreach (var directive in selection.Directives)
        {
            var condition = directive.Arguments.FirstOrDefault(a => a.Name.Value == "if")?.Value as BooleanValueNode;
            if (directive.Name.Value == "skip" && condition is { Value: true })
            {
                return false;
            }
            if (directive.Name.Value == "include" && condition is { Value: false })
            {
                return false;
            }
        }
        return true;
    }
}
