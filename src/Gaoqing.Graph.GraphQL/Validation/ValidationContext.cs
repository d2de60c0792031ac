using Gaoqing.Graph.GraphQL.Language.Ast;
using Gaoqing.Graph.GraphQL.Types;

namespace Gaoqing.Graph.GraphQL.Validation;

/// <summary>What every validation rule shares: the document, the schema, the type under the cursor, fragment and variable look-ups, the error sink.</summary>
public sealed class ValidationContext
{
    private readonly List<GraphQLError> errors;
    private readonly int maxErrors;
    private readonly Dictionary<SelectionSetNode, List<FragmentSpreadNode>> spreadsBySelectionSet = new(ReferenceEqualityComparer.Instance);
    private readonly Dictionary<OperationDefinitionNode, List<FragmentDefinitionNode>> fragmentsByOperation = new(ReferenceEqualityComparer.Instance);
    private readonly Dictionary<Node, List<VariableUsage>> usagesByNode = new(ReferenceEqualityComparer.Instance);
    private readonly Dictionary<OperationDefinitionNode, List<VariableUsage>> recursiveUsagesByOperation = new(ReferenceEqualityComparer.Instance);
    private readonly Dictionary<OperationDefinitionNode, OperationMeasures.Measure> measures = new(ReferenceEqualityComparer.Instance);
    private Dictionary<string, FragmentDefinitionNode>? fragments;
    private OperationMeasures? measurer;

    internal ValidationContext(Schema schema, DocumentNode document, TypeInfo typeInfo, List<GraphQLError> errors, int maxErrors)
    {
        Schema = schema;
        Document = document;
        TypeInfo = typeInfo;
        this.errors = errors;
        this.maxErrors = maxErrors;
    }

    /// <summary>The schema the document is validated against.</summary>
    public Schema Schema { get; }

    /// <summary>The document being validated.</summary>
    public DocumentNode Document { get; }

    /// <summary>The types, fields and arguments at the walker's position.</summary>
    public TypeInfo TypeInfo { get; }

    /// <summary>Records an error; stops validation when the error limit is reached.</summary>
    public void ReportError(GraphQLError error)
    {
        if (errors.Count >= maxErrors)
        {
            errors.Add(new GraphQLError("Too many validation errors, error limit reached. Validation aborted."));
            throw new ValidationAbortedException();
        }
        errors.Add(error);
    }

    /// <summary>The fragment definition with this name (the last one when several share it), or null.</summary>
    public FragmentDefinitionNode? GetFragment(string name)
    {
        if (fragments is null)
        {
            fragments = new Dictionary<string, FragmentDefinitionNode>(StringComparer.Ordinal);
            foreach (var definition in Document.Definitions)
            {
                if (definition is FragmentDefinitionNode fragment)
                {
                    fragments[fragment.Name.Value] = fragment;
                }
            }
        }
        return fragments.GetValueOrDefault(name);
    }

    /// <summary>The fragment spreads anywhere inside a selection set (not following the spreads).</summary>
    public IReadOnlyList<FragmentSpreadNode> GetFragmentSpreads(SelectionSetNode selectionSet)
    {
        if (spreadsBySelectionSet.TryGetValue(selectionSet, out var cached))
        {
            return cached;
        }
        var spreads = new List<FragmentSpreadNode>();
        var setsToVisit = new Stack<SelectionSetNode>();
        setsToVisit.Push(selectionSet);
        while (setsToVisit.Count > 0)
        {
            foreach (var selection in setsToVisit.Pop().Selections)
            {
                switch (selection)
                {
                    case FragmentSpreadNode spread:
                        spreads.Add(spread);
                        break;
                    case FieldNode { SelectionSet: { } fieldSet }:
                        setsToVisit.Push(fieldSet);
                        break;
                    case InlineFragmentNode inline:
                        setsToVisit.Push(inline.SelectionSet);
                        break;
                }
            }
        }
        spreadsBySelectionSet[selectionSet] = spreads;
        return spreads;
    }

    /// <summary>Every fragment an operation uses, directly or through other fragments, each once.</summary>
    public IReadOnlyList<FragmentDefinitionNode> GetRecursivelyReferencedFragments(OperationDefinitionNode operation)
    {
        if (!fragmentsByOperation.TryGetValue(operation, out var found))
        {
            found = CollectFragments([operation]);
            fragmentsByOperation[operation] = found;
        }
        return found;
    }

    /// <summary>Every fragment any of the operations uses, directly or through other fragments, each once.</summary>
    public List<FragmentDefinitionNode> CollectFragments(IEnumerable<OperationDefinitionNode> operations)
    {
        var names = new List<string>();
        var collected = new HashSet<string>(StringComparer.Ordinal);
        foreach (var operation in operations)
        {
            foreach (var spread in GetFragmentSpreads(operation.SelectionSet))
            {
                if (collected.Add(spread.Name.Value))
                {
                    names.Add(spread.Name.Value);
                }
            }
        }
        var result = new List<FragmentDefinitionNode>();
        for (var i = 0; i < names.Count; i++)
        {
            if (GetFragment(names[i]) is not { } fragment)
            {
                continue;
            }
            result.Add(fragment);
            foreach (var spread in GetFragmentSpreads(fragment.SelectionSet))
            {
                if (collected.Add(spread.Name.Value))
                {
                    names.Add(spread.Name.Value);
                }
            }
        }
        return result;
    }

    /// <summary>The variables used inside a node, each with the input type expected where it is used.</summary>
    public IReadOnlyList<VariableUsage> GetVariableUsages(Node node)
    {
        if (!usagesByNode.TryGetValue(node, out var usages))
        {
            usages = [];
            var typeInfo = new TypeInfo(Schema);
            DocumentWalker.Walk(node, typeInfo, [new VariableUsageCollector(this, typeInfo, usages)]);
            usagesByNode[node] = usages;
        }
        return usages;
    }

    /// <summary>The variables used by an operation and by every fragment it uses.</summary>
    public IReadOnlyList<VariableUsage> GetRecursiveVariableUsages(OperationDefinitionNode operation)
    {
        if (!recursiveUsagesByOperation.TryGetValue(operation, out var usages))
        {
            usages = [.. GetVariableUsages(operation)];
            foreach (var fragment in GetRecursivelyReferencedFragments(operation))
            {
                usages.AddRange(GetVariableUsages(fragment));
            }
            recursiveUsagesByOperation[operation] = usages;
        }
        return usages;
    }

    /// <summary>The depth, alias count and estimated cost of an operation, counted through its fragments.</summary>
    internal OperationMeasures.Measure Measure(OperationDefinitionNode operation, int listSizeEstimate)
    {
        if (!measures.TryGetValue(operation, out var measure))
        {
            measurer ??= new OperationMeasures(this, listSizeEstimate);
            measure = measurer.Of(operation);
            measures[operation] = measure;
        }
        return measure;
    }

    private sealed class VariableUsageCollector(ValidationContext context, TypeInfo typeInfo, List<VariableUsage> usages) : ValidationRule(context)
    {
        private static readonly NodeKind[] Visited = [NodeKind.VariableDefinition, NodeKind.Variable];

        public override IReadOnlyCollection<NodeKind>? Kinds => Visited;

        public override bool Enter(Node node)
        {
            switch (node)
            {
                case VariableDefinitionNode:
                    return false;
                case VariableNode variable:
                    usages.Add(new VariableUsage(variable, typeInfo.InputType, typeInfo.HasDefaultValue, typeInfo.ParentInputType));
                    break;
            }
            return true;
        }
    }
}
