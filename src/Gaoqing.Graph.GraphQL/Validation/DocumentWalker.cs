using Gaoqing.Graph.GraphQL.Language.Ast;

namespace Gaoqing.Graph.GraphQL.Validation;

/// <summary>
/// Walks a document depth first without recursion, keeping <see cref="TypeInfo"/> in step and calling several
/// visitors in parallel: a visitor that declines a node skips that subtree alone, the others still see it; each
/// visitor is called only for the kinds of node it declares.
/// Descriptions are not visited (they are not values the validation rules judge).
/// </summary>
internal static class DocumentWalker
{
    private static readonly int KindCount = Enum.GetValues<NodeKind>().Max(k => (int)k) + 1;
    private static readonly System.Runtime.CompilerServices.ConditionalWeakTable<IReadOnlyCollection<NodeKind>, int[][]> SingleVisitorTables = new();

    public static void Walk(Node root, TypeInfo typeInfo, IReadOnlyList<ValidationRule> visitors, int[][]? byKind = null)
    {
        var skipping = new Node?[visitors.Count];
        byKind ??= VisitorsByKind(visitors);
        var children = new List<Node>();
        var frames = new Stack<(Node Node, int Start, int Next)>();
        Enter(root, typeInfo, visitors, byKind, skipping);
        frames.Push((root, children.Count, AppendChildren(root, children)));
        while (frames.Count > 0)
        {
            var (node, start, next) = frames.Pop();
            if (next < children.Count)
            {
                frames.Push((node, start, next + 1));
                var child = children[next];
                Enter(child, typeInfo, visitors, byKind, skipping);
                var childStart = children.Count;
                frames.Push((child, childStart, AppendChildren(child, children)));
                continue;
            }
            children.RemoveRange(start, children.Count - start);
            foreach (var i in byKind[(int)node.Kind])
            {
                if (skipping[i] is null)
                {
                    visitors[i].Leave(node);
                }
                else if (ReferenceEquals(skipping[i], node))
                {
                    skipping[i] = null;
                }
            }
            typeInfo.Leave(node);
        }
    }

    private static void Enter(Node node, TypeInfo typeInfo, IReadOnlyList<ValidationRule> visitors, int[][] byKind, Node?[] skipping)
    {
        typeInfo.Enter(node);
        foreach (var i in byKind[(int)node.Kind])
        {
            if (skipping[i] is null && !visitors[i].Enter(node))
            {
                skipping[i] = node;
            }
        }
    }

    /// <summary>For each node kind, the visitors (by index, in order) that look at it; cached for a lone visitor's static kinds.</summary>
    public static int[][] VisitorsByKind(IReadOnlyList<ValidationRule> visitors)
    {
        if (visitors is [{ Kinds: { } kinds }])
        {
            return SingleVisitorTables.GetValue(kinds, k => Build([k]));
        }
        var kindsOfVisitors = new IReadOnlyCollection<NodeKind>?[visitors.Count];
        for (var i = 0; i < visitors.Count; i++)
        {
            kindsOfVisitors[i] = visitors[i].Kinds;
        }
        return Build(kindsOfVisitors);
    }

    private static int[][] Build(IReadOnlyList<IReadOnlyCollection<NodeKind>?> kindsOfVisitors)
    {
        var counts = new int[KindCount];
        foreach (var kinds in kindsOfVisitors)
        {
            ForEachKind(kinds, kind => counts[kind]++);
        }
        var byKind = new int[KindCount][];
        for (var kind = 0; kind < KindCount; kind++)
        {
            byKind[kind] = counts[kind] == 0 ? [] : new int[counts[kind]];
            counts[kind] = 0;
        }
        for (var i = 0; i < kindsOfVisitors.Count; i++)
        {
            var visitor = i;
            ForEachKind(kindsOfVisitors[i], kind => byKind[kind][counts[kind]++] = visitor);
        }
        return byKind;
    }

    private static void ForEachKind(IReadOnlyCollection<NodeKind>? kinds, Action<int> action)
    {
        if (kinds is null)
        {
            for (var kind = 0; kind < KindCount; kind++)
            {
                action(kind);
            }
            return;
        }
        foreach (var kind in kinds)
        {
            action((int)kind);
        }
    }

    /// <summary>Appends a node's children (descriptions left out) to the shared buffer; returns where they start.</summary>
    private static int AppendChildren(Node node, List<Node> buffer)
    {
        var start = buffer.Count;
        node.AddChildren(buffer);
        if (DescriptionOf(node) is { } description && buffer.IndexOf(description, start) is var at and >= 0)
        {
            buffer.RemoveAt(at);
        }
        return start;
    }

    private static StringValueNode? DescriptionOf(Node node) => node switch
    {
        SchemaDefinitionNode schema => schema.Description,
        TypeDefinitionNode type => type.Description,
        FieldDefinitionNode field => field.Description,
        InputValueDefinitionNode input => input.Description,
        EnumValueDefinitionNode value => value.Description,
        DirectiveDefinitionNode directive => directive.Description,
        _ => null,
    };
}
