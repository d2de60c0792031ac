using Gaoqing.Graph.GraphQL.Language.Ast;

namespace Gaoqing.Graph.GraphQL.Validation;

/// <summary>
/// Walks a document depth first without recursion, keeping <see cref="TypeInfo"/> in step and calling several
/// visitors in parallel: a visitor that declines a node skips that subtree alone, the others still see it.
/// Descriptions are not visited (they are not values the validation rules judge).
/// </summary>
internal static class DocumentWalker
{
    public static void Walk(Node root, TypeInfo typeInfo, IReadOnlyList<ValidationRule> visitors)
    {
        var skipping = new Node?[visitors.Count];
        var children = new List<Node>();
        var frames = new Stack<(Node Node, int Start, int Next)>();
        Enter(root, typeInfo, visitors, skipping);
        frames.Push((root, children.Count, AppendChildren(root, children)));
        while (frames.Count > 0)
        {
            var (node, start, next) = frames.Pop();
            if (next < children.Count)
            {
                frames.Push((node, start, next + 1));
                var child = children[next];
                Enter(child, typeInfo, visitors, skipping);
                var childStart = children.Count;
                frames.Push((child, childStart, AppendChildren(child, children)));
                continue;
            }
            children.RemoveRange(start, children.Count - start);
            for (var i = 0; i < visitors.Count; i++)
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

    private static void Enter(Node node, TypeInfo typeInfo, IReadOnlyList<ValidationRule> visitors, Node?[] skipping)
    {
        typeInfo.Enter(node);
        for (var i = 0; i < visitors.Count; i++)
        {
            if (skipping[i] is null && !visitors[i].Enter(node))
            {
                skipping[i] = node;
            }
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
