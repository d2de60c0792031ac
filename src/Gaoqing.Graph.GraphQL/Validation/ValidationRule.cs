using Gaoqing.Graph.GraphQL.Language.Ast;

namespace Gaoqing.Graph.GraphQL.Validation;

/// <summary>One validation rule: a visitor called on entering and leaving each node of the document, in document order.</summary>
public abstract class ValidationRule(ValidationContext context)
{
    /// <summary>The document, schema, type information and error sink the rule works with.</summary>
    protected ValidationContext Context { get; } = context;

    /// <summary>The kinds of node the rule is called for (null: every node); the same for every instance of a rule type.</summary>
    public virtual IReadOnlyCollection<NodeKind>? Kinds => null;

    /// <summary>Called on entering a node; return false to skip the node's subtree for this rule only.</summary>
    public virtual bool Enter(Node node) => true;

    /// <summary>Called on leaving a node whose subtree was not skipped.</summary>
    public virtual void Leave(Node node)
    {
    }

    /// <summary>Reports an error located at the given nodes.</summary>
    protected void Report(string message, params Node?[] nodes) => Context.ReportError(GraphQLError.At(message, nodes));
}
