using Gaoqing.Graph.GraphQL.Language.Ast;
using Gaoqing.Graph.GraphQL.Types;

namespace Gaoqing.Graph.GraphQL.Validation;

/// <summary>How deep, how aliased and how costly a selection set is, counted through fragments (each fragment measured once).</summary>
internal sealed class OperationMeasures(ValidationContext context, int listSizeEstimate)
{
    private readonly Dictionary<string, Measure> fragments = new(StringComparer.Ordinal);
    private readonly HashSet<string> inProgress = new(StringComparer.Ordinal);

    /// <summary>Depth of field nesting, number of aliases, and estimated cost; counts saturate at <see cref="long.MaxValue"/>.</summary>
    public readonly record struct Measure(int Depth, long Aliases, long Cost);

    /// <summary>Measures an operation.</summary>
    public Measure Of(OperationDefinitionNode operation) =>
        Of(TypeFacts.RootType(context.Schema, operation.Operation), operation.SelectionSet);

    private Measure Of(GraphQLType? parentType, SelectionSetNode selectionSet)
    {
        System.Runtime.CompilerServices.RuntimeHelpers.EnsureSufficientExecutionStack();
        var depth = 0;
        long aliases = 0;
        long cost = 0;
        foreach (var selection in selectionSet.Selections)
        {
            var inner = selection switch
            {
                FieldNode field => OfField(parentType, field),
                InlineFragmentNode inline => Of(inline.TypeCondition is { } condition ? TypeFacts.FromAst(context.Schema, condition) : parentType, inline.SelectionSet),
                FragmentSpreadNode spread => OfFragment(spread.Name.Value),
                _ => default,
            };
            depth = Math.Max(depth, inner.Depth);
            aliases = Add(aliases, inner.Aliases);
            cost = Add(cost, inner.Cost);
        }
        return new Measure(depth, aliases, cost);
    }

    private Measure OfField(GraphQLType? parentType, FieldNode field)
    {
        var definition = parentType is null ? null : TypeFacts.FieldOf(context.Schema, parentType, field.Name.Value);
        var inner = field.SelectionSet is { } selectionSet ? Of(TypeFacts.Named(definition?.Type), selectionSet) : default;
        var multiplier = TypeFacts.IsList(definition?.Type) ? listSizeEstimate : 1;
        return new Measure(inner.Depth + 1, Add(inner.Aliases, field.Alias is null ? 0 : 1), Add(1, Multiply(inner.Cost, multiplier)));
    }

    private Measure OfFragment(string name)
    {
        if (fragments.TryGetValue(name, out var known))
        {
            return known;
        }
        if (context.GetFragment(name) is not { } fragment || !inProgress.Add(name))
        {
            return default;
        }
        var measure = Of(TypeFacts.FromAst(context.Schema, fragment.TypeCondition), fragment.SelectionSet);
        inProgress.Remove(name);
        fragments[name] = measure;
        return measure;
    }

    private static long Add(long a, long b) => a > long.MaxValue - b ? long.MaxValue : a + b;

    private static long Multiply(long a, long b) => b != 0 && a > long.MaxValue / b ? long.MaxValue : a * b;
}
