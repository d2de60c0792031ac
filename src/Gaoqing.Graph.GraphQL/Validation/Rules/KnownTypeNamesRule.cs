using Gaoqing.Graph.GraphQL.Language.Ast;

namespace Gaoqing.Graph.GraphQL.Validation.Rules;

/// <summary>Spec 5.5.1.2 Fragment Spread Type Existence and 5.8.2: every named type reference names a type of the schema.</summary>
public sealed class KnownTypeNamesRule : ValidationRule
{
    private static readonly string[] StandardTypeNames =
    [
        "String", "Int", "Float", "Boolean", "ID",
        "__Schema", "__Directive", "__DirectiveLocation", "__Type", "__Field", "__InputValue", "__EnumValue", "__TypeKind",
    ];

    private readonly HashSet<string> defined = new(StringComparer.Ordinal);
    private readonly List<string> typeNames;
    private DefinitionNode? currentDefinition;

    /// <summary>Creates the rule, collecting the names of the schema's types and of types the document defines.</summary>
    public KnownTypeNamesRule(ValidationContext context)
        : base(context)
    {
        typeNames = [.. TypeFacts.TypeNames(context.Schema)];
        foreach (var definition in context.Document.Definitions)
        {
            if (definition is TypeDefinitionNode type)
            {
                defined.Add(type.Name.Value);
                typeNames.Add(type.Name.Value);
            }
        }
    }

    /// <inheritdoc />
    public override bool Enter(Node node)
    {
        if (node is DefinitionNode definition)
        {
            currentDefinition = definition;
        }
        if (node is not NamedTypeNode named)
        {
            return true;
        }
        var name = named.Name.Value;
        if (Context.Schema.GetType(name) is not null || defined.Contains(name))
        {
            return true;
        }
        var isSdl = currentDefinition is TypeSystemNode or DirectiveDefinitionNode;
        if (isSdl && StandardTypeNames.Contains(name))
        {
            return true;
        }
        var candidates = isSdl ? StandardTypeNames.Concat(typeNames) : typeNames;
        Report($"Unknown type \"{name}\"." + Suggestions.DidYouMean(Suggestions.List(name, candidates)), named);
        return true;
    }
}
