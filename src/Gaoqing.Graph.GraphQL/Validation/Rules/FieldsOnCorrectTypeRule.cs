using Gaoqing.Graph.GraphQL.Language.Ast;
using Gaoqing.Graph.GraphQL.Types;

namespace Gaoqing.Graph.GraphQL.Validation.Rules;

/// <summary>Spec 5.3.1 Field Selections: each selected field is defined on the type it is selected on.</summary>
public sealed class FieldsOnCorrectTypeRule(ValidationContext context) : ValidationRule(context)
{
    private static readonly NodeKind[] Visited = [NodeKind.Field];

    /// <inheritdoc />
    public override IReadOnlyCollection<NodeKind>? Kinds => Visited;

    /// <inheritdoc />
    public override bool Enter(Node node)
    {
        if (node is not FieldNode field || Context.TypeInfo.ParentType is not { } parent || Context.TypeInfo.FieldDef is not null)
        {
            return true;
        }
        var name = field.Name.Value;
        var suggestion = Suggestions.DidYouMean(SuggestedTypeNames(parent, name), "to use an inline fragment on");
        if (suggestion.Length == 0)
        {
            suggestion = Suggestions.DidYouMean(Suggestions.List(name, TypeFacts.FieldNames(parent)));
        }
        Report($"Cannot query field \"{name}\" on type \"{TypeFacts.Print(parent)}\"." + suggestion, field);
        return true;
    }

    /// <summary>Types under an abstract parent that define the field: most used first, interfaces before their implementations.</summary>
    private List<string> SuggestedTypeNames(GraphQLType parent, string fieldName)
    {
        if (!TypeFacts.IsAbstract(parent))
        {
            return [];
        }
        var schema = Context.Schema;
        var suggested = new List<GraphQLType>();
        var usage = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var possible in TypeFacts.PossibleTypes(schema, parent))
        {
            if (TypeFacts.FieldOf(schema, possible, fieldName, includeMeta: false) is null)
            {
                continue;
            }
            if (!usage.ContainsKey(TypeFacts.Print(possible)))
            {
                suggested.Add(possible);
            }
            usage[TypeFacts.Print(possible)] = 1;
            foreach (var implemented in TypeFacts.InterfacesOf(possible))
            {
                if (TypeFacts.FieldOf(schema, implemented, fieldName, includeMeta: false) is null)
                {
                    continue;
                }
                var key = TypeFacts.Print(implemented);
                if (!usage.ContainsKey(key))
                {
                    suggested.Add(implemented);
                }
                usage[key] = usage.GetValueOrDefault(key) + 1;
            }
        }
        var ordered = suggested.ToArray();
        Array.Sort(ordered, (a, b) =>
        {
            var byUsage = usage[TypeFacts.Print(b)] - usage[TypeFacts.Print(a)];
            if (byUsage != 0)
            {
                return byUsage;
            }
            if (a is InterfaceType && TypeFacts.IsSubType(schema, a, b))
            {
                return -1;
            }
            if (b is InterfaceType && TypeFacts.IsSubType(schema, b, a))
            {
                return 1;
            }
            return Suggestions.NaturalCompare(TypeFacts.Print(a), TypeFacts.Print(b));
        });
        return [.. ordered.Select(TypeFacts.Print)];
    }
}
