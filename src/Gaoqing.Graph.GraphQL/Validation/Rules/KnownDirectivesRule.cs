using Gaoqing.Graph.GraphQL.Language.Ast;

namespace Gaoqing.Graph.GraphQL.Validation.Rules;

/// <summary>Spec 5.7.1 Directives Are Defined and 5.7.2 Directives Are In Valid Locations.</summary>
public sealed class KnownDirectivesRule : ValidationRule
{
    private readonly Dictionary<string, HashSet<string>> locationsByDirective = new(StringComparer.Ordinal);
    private readonly List<Node> ancestors = [];

    /// <summary>Creates the rule, learning where each directive of the schema and of the document may appear.</summary>
    public KnownDirectivesRule(ValidationContext context)
        : base(context)
    {
        foreach (var directive in context.Schema.Directives)
        {
            locationsByDirective[directive.Name] = [.. TypeFacts.LocationNames(directive)];
        }
        foreach (var definition in context.Document.Definitions)
        {
            if (definition is DirectiveDefinitionNode directive)
            {
                locationsByDirective[directive.Name.Value] = [.. directive.Locations.Select(l => l.Value)];
            }
        }
    }

    /// <inheritdoc />
    public override bool Enter(Node node)
    {
        if (node is DirectiveNode directive)
        {
            Check(directive);
        }
        ancestors.Add(node);
        return true;
    }

    /// <inheritdoc />
    public override void Leave(Node node) => ancestors.RemoveAt(ancestors.Count - 1);

    private void Check(DirectiveNode directive)
    {
        var name = directive.Name.Value;
        if (!locationsByDirective.TryGetValue(name, out var locations))
        {
            Report($"Unknown directive \"@{name}\".", directive);
            return;
        }
        if (LocationOf(ancestors[^1]) is { } location && !locations.Contains(location))
        {
            Report($"Directive \"@{name}\" may not be used on {location}.", directive);
        }
    }

    private string? LocationOf(Node appliedTo) => appliedTo switch
    {
        OperationDefinitionNode { Operation: OperationType.Query } => "QUERY",
        OperationDefinitionNode { Operation: OperationType.Mutation } => "MUTATION",
        OperationDefinitionNode => "SUBSCRIPTION",
        FieldNode => "FIELD",
        FragmentSpreadNode => "FRAGMENT_SPREAD",
        InlineFragmentNode => "INLINE_FRAGMENT",
        FragmentDefinitionNode => "FRAGMENT_DEFINITION",
        VariableDefinitionNode => "VARIABLE_DEFINITION",
        SchemaDefinitionNode or SchemaExtensionNode => "SCHEMA",
        ScalarTypeDefinitionNode or ScalarTypeExtensionNode => "SCALAR",
        ObjectTypeDefinitionNode or ObjectTypeExtensionNode => "OBJECT",
        FieldDefinitionNode => "FIELD_DEFINITION",
        InterfaceTypeDefinitionNode or InterfaceTypeExtensionNode => "INTERFACE",
        UnionTypeDefinitionNode or UnionTypeExtensionNode => "UNION",
        EnumTypeDefinitionNode or EnumTypeExtensionNode => "ENUM",
        EnumValueDefinitionNode => "ENUM_VALUE",
        InputObjectTypeDefinitionNode or InputObjectTypeExtensionNode => "INPUT_OBJECT",
        InputValueDefinitionNode => ancestors.Count > 1 && ancestors[^2] is InputObjectTypeDefinitionNode ? "INPUT_FIELD_DEFINITION" : "ARGUMENT_DEFINITION",
        DirectiveDefinitionNode => "DIRECTIVE_DEFINITION",
        _ => null,
    };
}
