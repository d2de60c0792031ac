using Gaoqing.Graph.GraphQL.Language.Ast;

namespace Gaoqing.Graph.GraphQL.Validation.Rules;

/// <summary>Spec 5.1.1 Executable Definitions: a request document holds only operations and fragments.</summary>
public sealed class ExecutableDefinitionsRule(ValidationContext context) : ValidationRule(context)
{
    private static readonly NodeKind[] Visited = [NodeKind.Document];

    /// <inheritdoc />
    public override IReadOnlyCollection<NodeKind>? Kinds => Visited;

    /// <inheritdoc />
    public override bool Enter(Node node)
    {
        if (node is not DocumentNode document)
        {
            return true;
        }
        foreach (var definition in document.Definitions)
        {
            if (definition is ExecutableDefinitionNode)
            {
                continue;
            }
            var name = definition switch
            {
                SchemaDefinitionNode or SchemaExtensionNode => "schema",
                TypeDefinitionNode type => Quoted(type.Name),
                TypeExtensionNode extension => Quoted(extension.Name),
                DirectiveDefinitionNode directive => Quoted(directive.Name),
                _ => "unknown",
            };
            Report($"The {name} definition is not executable.", definition);
        }
        return false;
    }

    private static string Quoted(NameNode name) => "\"" + name.Value + "\"";
}
