using Gaoqing.Graph.GraphQL.Language.Ast;
using Gaoqing.Graph.GraphQL.Types;

namespace Gaoqing.Graph.GraphQL.Validation;

/// <summary>
/// How deep, how aliased and how costly an operation is, counted through fragments (each fragment measured once,
/// a fragment inside its own cycle counting nothing). Iterative, so that nesting of any depth is measured.
/// </summary>
internal sealed class OperationMeasures(ValidationContext context, int listSizeEstimate)
{
    private readonly Dictionary<string, Measure> fragments = new(StringComparer.Ordinal);
    private readonly HashSet<string> inProgress = new(StringComparer.Ordinal);

    /// <summary>Depth of field nesting, number of aliases, and estimated cost; counts saturate at <see cref="long.MaxValue"/>.</summary>
    public readonly record struct Measure(int Depth, long Aliases, long Cost);

    /// <summary>Measures an operation.</summary>
    public Measure Of(OperationDefinitionNode operation)
    {
        var frames = new Stack<Frame>();
        frames.Push(new Frame(TypeFacts.RootType(context.Schema, operation.Operation), operation.SelectionSet));
        Measure result = default;
        while (frames.Count > 0)
        {
            var frame = frames.Peek();
            if (frame.Next < frame.SelectionSet.Selections.Count)
            {
                var child = Visit(frame, frame.SelectionSet.Selections[frame.Next++]);
                if (child is not null)
                {
                    frames.Push(child);
                }
                continue;
            }
            frames.Pop();
            var measure = new Measure(frame.Depth, frame.Aliases, frame.Cost);
            if (frame.Fragment is { } name)
            {
                fragments[name] = measure;
                inProgress.Remove(name);
            }
            if (frames.Count == 0)
            {
                result = measure;
            }
            else
            {
                Combine(frames.Peek(), frame, measure);
            }
        }
        return result;
    }

    /// <summary>Adds a leaf or a known fragment to the frame directly; returns a frame to measure first for anything else.</summary>
    private Frame? Visit(Frame frame, SelectionNode selection)
    {
        switch (selection)
        {
            case FieldNode field:
                var definition = frame.Parent is null ? null : TypeFacts.FieldOf(context.Schema, frame.Parent, field.Name.Value);
                var multiplier = TypeFacts.IsList(definition?.Type) ? listSizeEstimate : 1;
                var fieldFrame = new Frame(TypeFacts.Named(definition?.Type), field.SelectionSet) { Field = field, Multiplier = multiplier };
                if (field.SelectionSet is null)
                {
                    Combine(frame, fieldFrame, default);
                    return null;
                }
                return fieldFrame;
            case InlineFragmentNode inline:
                return new Frame(inline.TypeCondition is { } condition ? TypeFacts.FromAst(context.Schema, condition) : frame.Parent, inline.SelectionSet);
            case FragmentSpreadNode spread:
                var name = spread.Name.Value;
                if (fragments.TryGetValue(name, out var known))
                {
                    Combine(frame, null, known);
                    return null;
                }
                if (context.GetFragment(name) is not { } fragment || !inProgress.Add(name))
                {
                    return null;
                }
                return new Frame(TypeFacts.FromAst(context.Schema, fragment.TypeCondition), fragment.SelectionSet) { Fragment = name };
            default:
                return null;
        }
    }

    /// <summary>Folds a measured child (a field's selections, an inline fragment or a fragment) into its parent frame.</summary>
    private static void Combine(Frame parent, Frame? child, Measure measure)
    {
        if (child?.Field is { } field)
        {
            parent.Depth = Math.Max(parent.Depth, measure.Depth + 1);
            parent.Aliases = Add(parent.Aliases, Add(measure.Aliases, field.Alias is null ? 0 : 1));
            parent.Cost = Add(parent.Cost, Add(1, Multiply(measure.Cost, child.Multiplier)));
            return;
        }
        parent.Depth = Math.Max(parent.Depth, measure.Depth);
        parent.Aliases = Add(parent.Aliases, measure.Aliases);
        parent.Cost = Add(parent.Cost, measure.Cost);
    }

    private static long Add(long a, long b) => a > long.MaxValue - b ? long.MaxValue : a + b;

    private static long Multiply(long a, long b) => b != 0 && a > long.MaxValue / b ? long.MaxValue : a * b;

    /// <summary>A selection set being measured, with what its selections have added up to so far.</summary>
    private sealed class Frame(GraphQLType? parent, SelectionSetNode? selectionSet)
    {
        private static readonly SelectionSetNode Empty = new() { Selections = [] };

        public GraphQLType? Parent { get; } = parent;

        public SelectionSetNode SelectionSet { get; } = selectionSet ?? Empty;

        public int Next { get; set; }

        public int Depth { get; set; }

        public long Aliases { get; set; }

        public long Cost { get; set; }

        public FieldNode? Field { get; init; }

        public int Multiplier { get; init; } = 1;

        public string? Fragment { get; init; }
    }
}
