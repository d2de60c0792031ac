using Gaoqing.Graph.GraphQL.Language.Ast;

namespace Gaoqing.Graph.GraphQL.Language;

/// <summary>What a visitor wants the walk to do after entering or leaving a node.</summary>
public enum VisitAction : byte
{
    /// <summary>Go on normally.</summary>
    Continue,
    /// <summary>After <c>Enter</c>: do not visit this node's children (Leave is not called for it).</summary>
    Skip,
    /// <summary>Stop the whole walk.</summary>
    Break,
}

/// <summary>Receives enter/leave calls while <see cref="AstWalker"/> walks a tree depth-first.</summary>
public abstract class AstVisitor
{
    /// <summary>Called before a node's children; <paramref name="ancestors"/> runs from the root to the parent.</summary>
    public virtual VisitAction Enter(Node node, IReadOnlyList<Node> ancestors) => VisitAction.Continue;

    /// <summary>Called after a node's children.</summary>
    public virtual VisitAction Leave(Node node, IReadOnlyList<Node> ancestors) => VisitAction.Continue;
}

/// <summary>Walks an AST depth-first without recursion, so arbitrarily deep trees cannot overflow the stack.</summary>
public static class AstWalker
{
    /// <summary>Visits <paramref name="root"/> and every descendant in graphql-js order.</summary>
    public static void Walk(Node root, AstVisitor visitor)
    {
        var ancestors = new List<Node>();
        var frames = new Stack<(Node Node, List<Node> Children, int Next)>();
        var action = visitor.Enter(root, ancestors);
        if (action == VisitAction.Break || action == VisitAction.Skip)
        {
            return;
        }
        frames.Push((root, ChildrenOf(root), 0));
        ancestors.Add(root);
        while (frames.Count > 0)
        {
            var (node, children, next) = frames.Pop();
            if (next < children.Count)
            {
                frames.Push((node, children, next + 1));
                var child = children[next];
                action = visitor.Enter(child, ancestors);
                if (action == VisitAction.Break)
                {
                    return;
                }
                if (action == VisitAction.Continue)
                {
                    frames.Push((child, ChildrenOf(child), 0));
                    ancestors.Add(child);
                }
                continue;
            }
            ancestors.RemoveAt(ancestors.Count - 1);
            if (visitor.Leave(node, ancestors) == VisitAction.Break)
            {
                return;
            }
        }
    }

    private static List<Node> ChildrenOf(Node node)
    {
        var children = new List<Node>();
        node.AddChildren(children);
        return children;
    }
}
