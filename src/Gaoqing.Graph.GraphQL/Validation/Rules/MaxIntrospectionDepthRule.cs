using Gaoqing.Graph.GraphQL.Language.Ast;

namespace Gaoqing.Graph.GraphQL.Validation.Rules;

/// <summary>graphql-js's recommended rule: introspection may nest its list fields (fields, interfaces, possibleTypes, inputFields) at most three deep.</summary>
public sealed class MaxIntrospectionDepthRule(ValidationContext context) : ValidationRule(context)
{
    private static readonly NodeKind[] Visited = [NodeKind.Field];

    private const int MaxListsDepth = 3;
    private readonly Dictionary<string, int> checkedFragments = new(StringComparer.Ordinal);
    private readonly Dictionary<string, int> exceededFragments = new(StringComparer.Ordinal);

    /// <inheritdoc />
    public override IReadOnlyCollection<NodeKind>? Kinds => Visited;

    /// <inheritdoc />
    public override bool Enter(Node node)
    {
        if (node is FieldNode field && field.Name.Value is "__schema" or "__type"
            && Exceeds(field, new Dictionary<string, int>(StringComparer.Ordinal), 0))
        {
            Report("Maximum introspection depth exceeded", field);
            return false;
        }
        return true;
    }

    private bool Exceeds(SelectionNode node, Dictionary<string, int> visited, int depth)
    {
        System.Runtime.CompilerServices.RuntimeHelpers.EnsureSufficientExecutionStack();
        if (node is FragmentSpreadNode spread)
        {
            return SpreadExceeds(spread.Name.Value, visited, depth);
        }
        if (node is FieldNode { Name.Value: "fields" or "interfaces" or "possibleTypes" or "inputFields" })
        {
            depth++;
            if (depth >= MaxListsDepth)
            {
                return true;
            }
        }
        var selectionSet = node switch
        {
            FieldNode field => field.SelectionSet,
            InlineFragmentNode inline => inline.SelectionSet,
            _ => null,
        };
        return selectionSet is not null && AnyExceeds(selectionSet, visited, depth);
    }

    private bool AnyExceeds(SelectionSetNode selectionSet, Dictionary<string, int> visited, int depth)
    {
        foreach (var child in selectionSet.Selections)
        {
            if (Exceeds(child, visited, depth))
            {
                return true;
            }
        }
        return false;
    }

    private bool SpreadExceeds(string name, Dictionary<string, int> visited, int depth)
    {
        if (exceededFragments.TryGetValue(name, out var exceededAt) && exceededAt <= depth)
        {
            return true;
        }
        if ((visited.TryGetValue(name, out var visitedAt) && visitedAt >= depth)
            || (checkedFragments.TryGetValue(name, out var checkedAt) && checkedAt >= depth))
        {
            return false;
        }
        if (Context.GetFragment(name) is not { } fragment)
        {
            return false;
        }
        visited[name] = depth;
        if (AnyExceeds(fragment.SelectionSet, visited, depth))
        {
            exceededFragments[name] = depth;
            return true;
        }
        checkedFragments[name] = depth;
        return false;
    }
}
