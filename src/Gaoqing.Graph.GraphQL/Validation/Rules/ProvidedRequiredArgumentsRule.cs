using Gaoqing.Graph.GraphQL.Language;
using Gaoqing.Graph.GraphQL.Language.Ast;

namespace Gaoqing.Graph.GraphQL.Validation.Rules;

/// <summary>Spec 5.4.2.1 Required Arguments: every non-null argument without a default is given.</summary>
public sealed class ProvidedRequiredArgumentsRule : ValidationRule
{
    private static readonly NodeKind[] Visited = [NodeKind.Field, NodeKind.Directive];

    private readonly Dictionary<string, List<(string Name, string Type)>> requiredByDirective = new(StringComparer.Ordinal);

    /// <summary>Creates the rule, learning the required arguments of each directive of the schema and of the document.</summary>
    public ProvidedRequiredArgumentsRule(ValidationContext context)
        : base(context)
    {
        foreach (var directive in context.Schema.Directives)
        {
            requiredByDirective[directive.Name] = [.. TypeFacts.ArgumentsOf(directive).Where(TypeFacts.IsRequired).Select(a => (a.Name, TypeFacts.Print(a.Type)))];
        }
        foreach (var definition in context.Document.Definitions)
        {
            if (definition is DirectiveDefinitionNode directive)
            {
                requiredByDirective[directive.Name.Value] =
                [
                    .. directive.Arguments
                        .Where(a => a.Type is NonNullTypeNode && a.DefaultValue is null)
                        .Select(a => (a.Name.Value, Printer.Print(a.Type))),
                ];
            }
        }
    }

    /// <inheritdoc />
    public override IReadOnlyCollection<NodeKind>? Kinds => Visited;

    /// <inheritdoc />
    public override void Leave(Node node)
    {
        switch (node)
        {
            case FieldNode field when Context.TypeInfo.FieldDef is { } definition:
                var provided = field.Arguments.Select(a => a.Name.Value).ToHashSet(StringComparer.Ordinal);
                foreach (var argument in TypeFacts.ArgumentsOf(definition))
                {
                    if (!provided.Contains(argument.Name) && TypeFacts.IsRequired(argument))
                    {
                        Report($"Field \"{definition.Name}\" argument \"{argument.Name}\" of type \"{TypeFacts.Print(argument.Type)}\" is required, but it was not provided.", field);
                    }
                }
                break;
            case DirectiveNode directive when requiredByDirective.TryGetValue(directive.Name.Value, out var required):
                var given = directive.Arguments.Select(a => a.Name.Value).ToHashSet(StringComparer.Ordinal);
                foreach (var (name, type) in required)
                {
                    if (!given.Contains(name))
                    {
                        Report($"Directive \"@{directive.Name.Value}\" argument \"{name}\" of type \"{type}\" is required, but it was not provided.", directive);
                    }
                }
                break;
        }
    }
}
