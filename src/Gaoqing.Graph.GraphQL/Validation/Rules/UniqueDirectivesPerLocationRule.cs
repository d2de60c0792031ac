using Gaoqing.Graph.GraphQL.Language.Ast;

namespace Gaoqing.Graph.GraphQL.Validation.Rules;

/// <summary>Spec 5.7.3 Directives Are Unique Per Location: a non-repeatable directive appears once where it is applied.</summary>
public sealed class UniqueDirectivesPerLocationRule : ValidationRule
{
    private readonly Dictionary<string, bool> unique = new(StringComparer.Ordinal);
    private readonly Dictionary<string, DirectiveNode> schemaDirectives = new(StringComparer.Ordinal);
    private readonly Dictionary<string, Dictionary<string, DirectiveNode>> typeDirectives = new(StringComparer.Ordinal);

    /// <summary>Creates the rule, learning which directives are repeatable from the schema and the document.</summary>
    public UniqueDirectivesPerLocationRule(ValidationContext context)
        : base(context)
    {
        foreach (var directive in context.Schema.Directives)
        {
            unique[directive.Name] = !directive.IsRepeatable;
        }
        foreach (var definition in context.Document.Definitions)
        {
            if (definition is DirectiveDefinitionNode directive)
            {
                unique[directive.Name.Value] = !directive.Repeatable;
            }
        }
    }

    /// <inheritdoc />
    public override bool Enter(Node node)
    {
        if (AppliedDirectives.Of(node) is not { } directives)
        {
            return true;
        }
        Dictionary<string, DirectiveNode> seen;
        switch (node)
        {
            case SchemaDefinitionNode or SchemaExtensionNode:
                seen = schemaDirectives;
                break;
            case TypeDefinitionNode or TypeExtensionNode:
                var typeName = node is TypeDefinitionNode definition ? definition.Name.Value : ((TypeExtensionNode)node).Name.Value;
                if (!typeDirectives.TryGetValue(typeName, out seen!))
                {
                    seen = new Dictionary<string, DirectiveNode>(StringComparer.Ordinal);
                    typeDirectives[typeName] = seen;
                }
                break;
            default:
                seen = new Dictionary<string, DirectiveNode>(StringComparer.Ordinal);
                break;
        }
        foreach (var directive in directives)
        {
            var name = directive.Name.Value;
            if (!unique.GetValueOrDefault(name))
            {
                continue;
            }
            if (seen.TryGetValue(name, out var first))
            {
                Report($"The directive \"@{name}\" can only be used once at this location.", first, directive);
            }
            else
            {
                seen[name] = directive;
            }
        }
        return true;
    }
}
