using Gaoqing.Graph.GraphQL.Language.Ast;
using Gaoqing.Graph.GraphQL.Types;

namespace Gaoqing.Graph.GraphQL.Validation;

/// <summary>The fields of a selection set grouped by response key, in first-seen order, and the fragments it spreads.</summary>
internal sealed class FieldSet
{
    public List<(string ResponseName, List<FieldDetails> Fields)> Groups { get; } = [];

    public Dictionary<string, List<FieldDetails>> ByName { get; } = new(StringComparer.Ordinal);

    public List<string> FragmentNames { get; } = [];

    public Dictionary<string, bool>? ComparedFragments { get; set; }

    public Dictionary<FieldSet, List<(string, List<FieldDetails>, List<FieldDetails>)>>? Overlaps { get; set; }

    public void Add(string responseName, FieldDetails details)
    {
        if (!ByName.TryGetValue(responseName, out var group))
        {
            group = [];
            ByName[responseName] = group;
            Groups.Add((responseName, group));
        }
        group.Add(details);
    }
}

/// <summary>One selected field with its parent type and definition, and what comparisons learned about it.</summary>
internal sealed class FieldDetails(GraphQLType? parentType, FieldNode node, FieldDefinition? definition)
{
    private FieldInfo? info;

    public GraphQLType? ParentType { get; } = parentType;

    public FieldNode Node { get; } = node;

    public FieldDefinition? Definition { get; } = definition;

    public bool IsSimpleLeaf { get; } = node.Arguments.Count == 0 && node.SelectionSet is null;

    public FieldInfo Info => info ??= new FieldInfo(TypeFacts.Named(Definition?.Type));
}

/// <summary>Lazily prepared facts about a field that overlaps another.</summary>
internal sealed class FieldInfo(GraphQLType? namedType)
{
    public GraphQLType? NamedType { get; } = namedType;

    public Dictionary<FieldDetails, string?> Comparisons { get; } = new(ReferenceEqualityComparer.Instance);
}
