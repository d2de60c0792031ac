using Gaoqing.Graph.GraphQL.Language.Ast;
using Gaoqing.Graph.GraphQL.Types;

namespace Gaoqing.Graph.GraphQL.Execution;

/// <summary>CollectFields of the spec: merges selections by response key, honouring @skip, @include and fragment type conditions.</summary>
internal static class FieldCollector
{
    public static FieldGroups Collect(ExecutionContext context, ObjectType type, SelectionSetNode selectionSet)
    {
        var groups = new FieldGroups();
        CollectInto(context, type, selectionSet, groups, new HashSet<string>(StringComparer.Ordinal));
        return groups;
    }

    public static FieldGroups CollectSubfields(ExecutionContext context, ObjectType type, IReadOnlyList<FieldNode> fieldNodes)
    {
        if (context.SubfieldCache.TryGetValue((type, fieldNodes), out var cached))
        {
            return cached;
        }
        var groups = new FieldGroups();
        var visited = new HashSet<string>(StringComparer.Ordinal);
        foreach (var node in fieldNodes)
        {
            if (node.SelectionSet is not null)
            {
                CollectInto(context, type, node.SelectionSet, groups, visited);
            }
        }
        context.SubfieldCache[(type, fieldNodes)] = groups;
        return groups;
    }

    private static void CollectInto(ExecutionContext context, ObjectType type, SelectionSetNode selectionSet, FieldGroups groups, HashSet<string> visitedFragments)
    {
        foreach (var selection in selectionSet.Selections)
        {
            if (!ShouldInclude(context, selection))
            {
                continue;
            }
            switch (selection)
            {
                case FieldNode field:
                    groups.Add(field.ResponseKey, field);
                    break;
                case InlineFragmentNode inline:
                    if (ConditionMatches(context.Schema, inline.TypeCondition, type))
                    {
                        CollectInto(context, type, inline.SelectionSet, groups, visitedFragments);
                    }
                    break;
                case FragmentSpreadNode spread:
                    var name = spread.Name.Value;
                    if (!visitedFragments.Add(name) || !context.Fragments.TryGetValue(name, out var fragment))
                    {
                        continue;
                    }
                    if (ConditionMatches(context.Schema, fragment.TypeCondition, type))
                    {
                        CollectInto(context, type, fragment.SelectionSet, groups, visitedFragments);
                    }
                    break;
            }
        }
    }

    private static bool ShouldInclude(ExecutionContext context, SelectionNode selection)
    {
        if (selection.Directives.Count == 0)
        {
            return true;
        }
        var skip = ArgumentValues.ForDirective(BuiltInDirectives.Skip, selection.Directives, context.Variables);
        if (skip is not null && skip.TryGetValue("if", out var skipIf) && skipIf is true)
        {
            return false;
        }
        var include = ArgumentValues.ForDirective(BuiltInDirectives.Include, selection.Directives, context.Variables);
        return include is null || !include.TryGetValue("if", out var includeIf) || includeIf is not false;
    }

    private static bool ConditionMatches(Schema schema, NamedTypeNode? condition, ObjectType type)
    {
        if (condition is null)
        {
            return true;
        }
        var conditionType = schema.GetType(condition.Name.Value);
        if (ReferenceEquals(conditionType, type))
        {
            return true;
        }
        return conditionType is InterfaceType or UnionType && schema.IsPossibleType(conditionType, type);
    }
}
