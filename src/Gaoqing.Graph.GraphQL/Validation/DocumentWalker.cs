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
        var stack = new Stack<(Node Node, List<Node> Children, int Next)>();
        Enter(root, typeInfo, visitors, skipping);
        stack.Push((root, ChildrenOf(root), 0));
        while (stack.Count > 0)
        {
            var (node, children, next) = stack.Pop();
            if (next < children.Count)
            {
                stack.Push((node, children, next + 1));
                var child = children[next];
                Enter(child, typeInfo, visitors, skipping);
                stack.Push((child, ChildrenOf(child), 0));
                continue;
            }
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

    private static List<Node> ChildrenOf(Node node)
    {
        var children = new List<Node>();
        node.AddChildren(children);
        if (DescriptionOf(node) is { } description)
        {
            children.Remove(description);
        }
        return children;
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
