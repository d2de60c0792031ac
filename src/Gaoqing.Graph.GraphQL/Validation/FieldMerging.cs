using Gaoqing.Graph.GraphQL.Language.Ast;
using Gaoqing.Graph.GraphQL.Types;

namespace Gaoqing.Graph.GraphQL.Validation;

/// <summary>The comparisons behind <see cref="Rules.OverlappingFieldsCanBeMergedRule"/>: which fields under one response key cannot be merged, and why.</summary>
internal sealed class FieldMerging(ValidationContext context)
{
    private const int MaxConflictDetailLength = 1000;
    private const int MaxConflictNodes = 20;
    private const int ComplexityBudget = 500_000;

    private readonly Dictionary<SelectionSetNode, List<(GraphQLType? Parent, FieldSet Fields)>> fieldSets = new(ReferenceEqualityComparer.Instance);
    private readonly Dictionary<string, Dictionary<string, bool>> comparedFragmentPairs = new(StringComparer.Ordinal);
    private readonly Dictionary<ValueNode, string> valueKeys = new(ReferenceEqualityComparer.Instance);
    private int remainingBudget = ComplexityBudget;

    /// <summary>A pair of field groups that cannot be merged.</summary>
    public sealed record Conflict(string ResponseName, string Reason, List<FieldNode> Fields1, List<FieldNode> Fields2);

    /// <summary>Cuts a text longer than graphql-js allows in a conflict message.</summary>
    public static string Abbreviate(string text) => text.Length > MaxConflictDetailLength ? text[..MaxConflictDetailLength] + "..." : text;

    /// <summary>Conflicts among the fields of one selection set, including those reached through its fragments.</summary>
    public List<Conflict> FindConflictsWithin(GraphQLType? parentType, SelectionSetNode selectionSet)
    {
        var conflicts = new List<Conflict>();
        var fields = Collect(parentType, selectionSet);
        foreach (var (responseName, group) in fields.Groups)
        {
            for (var i = 0; i < group.Count; i++)
            {
                for (var j = i + 1; j < group.Count; j++)
                {
                    if (FindConflict(false, responseName, group[i], group[j]) is { } conflict)
                    {
                        conflicts.Add(conflict);
                    }
                }
            }
        }
        var names = fields.FragmentNames;
        if (names.Count != 0 && (fields.Groups.Count != 0 || names.Count > 1))
        {
            for (var i = 0; i < names.Count; i++)
            {
                BetweenFieldsAndFragment(conflicts, false, fields, names[i]);
                for (var j = i + 1; j < names.Count; j++)
                {
                    BetweenFragments(conflicts, false, names[i], names[j]);
                }
            }
        }
        return conflicts;
    }

    /// <summary>Compares fields with a fragment and, depth first, with every fragment it spreads (iteratively: chains may be long).</summary>
    private void BetweenFieldsAndFragment(List<Conflict> conflicts, bool exclusive, FieldSet fields, string fragmentName)
    {
        var pending = new Stack<string>();
        pending.Push(fragmentName);
        while (pending.Count > 0)
        {
            var name = pending.Pop();
            Spend(1);
            if (fields.Groups.Count == 0)
            {
                return;
            }
            fields.ComparedFragments ??= new Dictionary<string, bool>(StringComparer.Ordinal);
            if (fields.ComparedFragments.TryGetValue(name, out var comparedExclusive) && (!comparedExclusive || exclusive))
            {
                continue;
            }
            fields.ComparedFragments[name] = exclusive;
            if (context.GetFragment(name) is not { } fragment)
            {
                continue;
            }
            var fragmentFields = Collect(TypeFacts.FromAst(context.Schema, fragment.TypeCondition), fragment.SelectionSet);
            if (ReferenceEquals(fields, fragmentFields))
            {
                continue;
            }
            Between(conflicts, exclusive, fields, fragmentFields);
            for (var i = fragmentFields.FragmentNames.Count - 1; i >= 0; i--)
            {
                pending.Push(fragmentFields.FragmentNames[i]);
            }
        }
    }

    /// <summary>Compares two fragments and, depth first, the fragments each spreads with the other (iteratively).</summary>
    private void BetweenFragments(List<Conflict> conflicts, bool exclusive, string firstName, string secondName)
    {
        var pending = new Stack<(string, string)>();
        pending.Push((firstName, secondName));
        while (pending.Count > 0)
        {
            var (name1, name2) = pending.Pop();
            Spend(2);
            if (name1 == name2 || PairSeen(name1, name2, exclusive))
            {
                continue;
            }
            if (!comparedFragmentPairs.TryGetValue(name1, out var seen))
            {
                seen = new Dictionary<string, bool>(StringComparer.Ordinal);
                comparedFragmentPairs[name1] = seen;
            }
            seen[name2] = exclusive;
            if (context.GetFragment(name1) is not { } fragment1 || context.GetFragment(name2) is not { } fragment2)
            {
                continue;
            }
            var fields1 = Collect(TypeFacts.FromAst(context.Schema, fragment1.TypeCondition), fragment1.SelectionSet);
            var fields2 = Collect(TypeFacts.FromAst(context.Schema, fragment2.TypeCondition), fragment2.SelectionSet);
            Between(conflicts, exclusive, fields1, fields2);
            for (var i = fields1.FragmentNames.Count - 1; i >= 0; i--)
            {
                pending.Push((fields1.FragmentNames[i], name2));
            }
            for (var i = fields2.FragmentNames.Count - 1; i >= 0; i--)
            {
                pending.Push((name1, fields2.FragmentNames[i]));
            }
        }
    }

    private bool PairSeen(string a, string b, bool exclusive) => PairSeenOneWay(a, b, exclusive) || PairSeenOneWay(b, a, exclusive);

    private bool PairSeenOneWay(string a, string b, bool exclusive) =>
        comparedFragmentPairs.TryGetValue(a, out var map) && map.TryGetValue(b, out var stored) && (exclusive || stored == exclusive);

    private List<Conflict> BetweenSubSelections(bool exclusive, GraphQLType? parent1, SelectionSetNode set1, GraphQLType? parent2, SelectionSetNode set2)
    {
        var conflicts = new List<Conflict>();
        var fields1 = Collect(parent1, set1);
        var fields2 = Collect(parent2, set2);
        Between(conflicts, exclusive, fields1, fields2);
        foreach (var name in fields2.FragmentNames)
        {
            BetweenFieldsAndFragment(conflicts, exclusive, fields1, name);
        }
        foreach (var name in fields1.FragmentNames)
        {
            BetweenFieldsAndFragment(conflicts, exclusive, fields2, name);
        }
        foreach (var name1 in fields1.FragmentNames)
        {
            foreach (var name2 in fields2.FragmentNames)
            {
                BetweenFragments(conflicts, exclusive, name1, name2);
            }
        }
        return conflicts;
    }

    private void Between(List<Conflict> conflicts, bool exclusive, FieldSet fields1, FieldSet fields2)
    {
        if (fields1.Groups.Count == 0 || fields2.Groups.Count == 0)
        {
            return;
        }
        foreach (var (responseName, group1, group2) in Overlapping(fields1, fields2))
        {
            foreach (var field1 in group1)
            {
                foreach (var field2 in group2)
                {
                    if (FindConflict(exclusive, responseName, field1, field2) is { } conflict)
                    {
                        conflicts.Add(conflict);
                    }
                }
            }
        }
    }

    private List<(string, List<FieldDetails>, List<FieldDetails>)> Overlapping(FieldSet fields1, FieldSet fields2)
    {
        fields1.Overlaps ??= new Dictionary<FieldSet, List<(string, List<FieldDetails>, List<FieldDetails>)>>(ReferenceEqualityComparer.Instance);
        if (fields1.Overlaps.TryGetValue(fields2, out var cached))
        {
            return cached;
        }
        var overlapping = new List<(string, List<FieldDetails>, List<FieldDetails>)>();
        foreach (var (responseName, group1) in fields1.Groups)
        {
            Spend(1);
            if (fields2.ByName.TryGetValue(responseName, out var group2))
            {
                overlapping.Add((responseName, group1, group2));
            }
        }
        fields1.Overlaps[fields2] = overlapping;
        return overlapping;
    }

    private Conflict? FindConflict(bool parentsExclusive, string responseName, FieldDetails field1, FieldDetails field2)
    {
        System.Runtime.CompilerServices.RuntimeHelpers.EnsureSufficientExecutionStack();
        var exclusive = parentsExclusive
            || (!ReferenceEquals(field1.ParentType, field2.ParentType) && field1.ParentType is ObjectType && field2.ParentType is ObjectType);
        Spend(2);
        var type1 = field1.Definition?.Type;
        var type2 = field2.Definition?.Type;
        if (field1.IsSimpleLeaf && field2.IsSimpleLeaf && ReferenceEquals(type1, type2) && field1.Node.Name.Value == field2.Node.Name.Value)
        {
            return null;
        }
        if (!exclusive)
        {
            var info1 = field1.Info;
            if (!info1.Comparisons.TryGetValue(field2, out var reason))
            {
                var name1 = field1.Node.Name.Value;
                var name2 = field2.Node.Name.Value;
                reason = name1 != name2
                    ? $"\"{Abbreviate(name1)}\" and \"{Abbreviate(name2)}\" are different fields"
                    : SameArguments(field1.Node.Arguments, field2.Node.Arguments) ? null : "they have differing arguments";
                info1.Comparisons[field2] = reason;
            }
            if (reason is not null)
            {
                return new Conflict(responseName, reason, [field1.Node], [field2.Node]);
            }
        }
        if (type1 is not null && type2 is not null && DoTypesConflict(type1, type2))
        {
            return new Conflict(
                responseName,
                $"they return conflicting types \"{TypeFacts.Print(type1)}\" and \"{TypeFacts.Print(type2)}\"",
                [field1.Node],
                [field2.Node]);
        }
        if (field1.Node.SelectionSet is { } set1 && field2.Node.SelectionSet is { } set2)
        {
            var sub = BetweenSubSelections(exclusive, field1.Info.NamedType, set1, field2.Info.NamedType, set2);
            return SubfieldConflicts(sub, responseName, field1.Node, field2.Node);
        }
        return null;
    }

    private bool SameArguments(IReadOnlyList<ArgumentNode> arguments1, IReadOnlyList<ArgumentNode> arguments2)
    {
        if (arguments1.Count != arguments2.Count)
        {
            return false;
        }
        foreach (var argument1 in arguments1)
        {
            Spend(1);
            ArgumentNode? argument2 = null;
            foreach (var candidate in arguments2)
            {
                if (candidate.Name.Value == argument1.Name.Value)
                {
                    argument2 = candidate;
                }
            }
            if (argument2 is null || ValueKey(argument1.Value) != ValueKey(argument2.Value))
            {
                return false;
            }
        }
        return true;
    }

    private string ValueKey(ValueNode value)
    {
        if (!valueKeys.TryGetValue(value, out var key))
        {
            key = ValueKeys.Of(value);
            valueKeys[value] = key;
        }
        return key;
    }

    private bool DoTypesConflict(GraphQLType type1, GraphQLType type2)
    {
        if (ReferenceEquals(type1, type2))
        {
            return false;
        }
        Spend(1);
        return (type1, type2) switch
        {
            (ListType list1, ListType list2) => DoTypesConflict(list1.OfType, list2.OfType),
            (ListType, _) or (_, ListType) => true,
            (NonNullType nonNull1, NonNullType nonNull2) => DoTypesConflict(nonNull1.OfType, nonNull2.OfType),
            (NonNullType, _) or (_, NonNullType) => true,
            _ when TypeFacts.IsLeaf(type1) || TypeFacts.IsLeaf(type2) => !ReferenceEquals(type1, type2),
            _ => false,
        };
    }

    private static Conflict? SubfieldConflicts(List<Conflict> conflicts, string responseName, FieldNode node1, FieldNode node2)
    {
        if (conflicts.Count == 0)
        {
            return null;
        }
        var message = string.Empty;
        foreach (var conflict in conflicts)
        {
            message += (message.Length == 0 ? string.Empty : " and ") + $"subfields \"{Abbreviate(conflict.ResponseName)}\" conflict because {conflict.Reason}";
            if (message.Length > MaxConflictDetailLength)
            {
                break;
            }
        }
        return new Conflict(responseName, Abbreviate(message), ConflictNodes(node1, conflicts, c => c.Fields1), ConflictNodes(node2, conflicts, c => c.Fields2));
    }

    private static List<FieldNode> ConflictNodes(FieldNode node, List<Conflict> conflicts, Func<Conflict, List<FieldNode>> side)
    {
        var nodes = new List<FieldNode> { node };
        foreach (var conflict in conflicts)
        {
            var remaining = MaxConflictNodes - nodes.Count;
            var from = side(conflict);
            nodes.AddRange(from.Skip(Math.Max(0, from.Count - remaining)));
            if (nodes.Count == MaxConflictNodes)
            {
                break;
            }
        }
        return nodes;
    }

    private FieldSet Collect(GraphQLType? parentType, SelectionSetNode selectionSet)
    {
        if (!fieldSets.TryGetValue(selectionSet, out var byParent))
        {
            byParent = [];
            fieldSets[selectionSet] = byParent;
        }
        foreach (var (parent, cached) in byParent)
        {
            if (ReferenceEquals(parent, parentType))
            {
                return cached;
            }
        }
        var fields = new FieldSet();
        var fragmentNames = new HashSet<string>(StringComparer.Ordinal);
        CollectInto(parentType, selectionSet, fields, fragmentNames);
        byParent.Add((parentType, fields));
        return fields;
    }

    private void CollectInto(GraphQLType? parentType, SelectionSetNode selectionSet, FieldSet fields, HashSet<string> fragmentNames)
    {
        foreach (var selection in selectionSet.Selections)
        {
            switch (selection)
            {
                case FieldNode field:
                    var definition = parentType is ObjectType or InterfaceType ? TypeFacts.FieldOf(context.Schema, parentType, field.Name.Value, includeMeta: false) : null;
                    fields.Add(field.ResponseKey, new FieldDetails(parentType, field, definition));
                    break;
                case FragmentSpreadNode spread:
                    if (fragmentNames.Add(spread.Name.Value))
                    {
                        fields.FragmentNames.Add(spread.Name.Value);
                    }
                    break;
                case InlineFragmentNode inline:
                    var inlineType = inline.TypeCondition is { } condition ? TypeFacts.FromAst(context.Schema, condition) : parentType;
                    CollectInto(inlineType, inline.SelectionSet, fields, fragmentNames);
                    break;
            }
        }
    }

    private void Spend(int cost)
    {
        remainingBudget -= cost;
        if (remainingBudget < 0)
        {
            throw new ValidationAbortedException(new GraphQLError("Validation aborted."));
        }
    }
}
