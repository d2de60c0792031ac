using Gaoqing.Graph.GraphQL.Language.Ast;

namespace Gaoqing.Graph.GraphQL.Validation.Rules;

/// <summary>Spec 5.4.1 Argument Names: every argument is defined by the field or directive it is given to.</summary>
public sealed class KnownArgumentNamesRule : ValidationRule
{
    private static readonly NodeKind[] Visited = [NodeKind.Directive, NodeKind.Argument];

    private readonly Dictionary<string, List<string>> directiveArguments = new(StringComparer.Ordinal);

    /// <summary>Creates the rule, learning the arguments of each directive of the schema and of the document.</summary>
    public KnownArgumentNamesRule(ValidationContext context)
        : base(context)
    {
        foreach (var directive in context.Schema.Directives)
        {
            directiveArguments[directive.Name] = [.. TypeFacts.ArgumentsOf(directive).Select(a => a.Name)];
        }
        foreach (var definition in context.Document.Definitions)
        {
            if (definition is DirectiveDefinitionNode directive)
            {
                directiveArguments[directive.Name.Value] = [.. directive.Arguments.Select(a => a.Name.Value)];
            }
        }
    }

    /// <inheritdoc />
    public override IReadOnlyCollection<NodeKind>? Kinds => Visited;

    /// <inheritdoc />
    public override bool Enter(Node node)
    {
        switch (node)
        {
            case DirectiveNode directive:
                CheckDirective(directive);
                return false;
            case ArgumentNode argument:
                CheckField(argument);
                break;
        }
        return true;
    }

    private void CheckDirective(DirectiveNode directive)
    {
        var name = directive.Name.Value;
        if (!directiveArguments.TryGetValue(name, out var known))
        {
            return;
        }
        foreach (var argument in directive.Arguments)
        {
            var argumentName = argument.Name.Value;
            if (!known.Contains(argumentName))
            {
                Report($"Unknown argument \"{argumentName}\" on directive \"@{name}\"." + Suggestions.DidYouMean(Suggestions.List(argumentName, known)), argument);
            }
        }
    }

    private void CheckField(ArgumentNode argument)
    {
        var info = Context.TypeInfo;
        if (info.Argument is not null || info.FieldDef is not { } field || info.ParentType is not { } parent)
        {
            return;
        }
        var name = argument.Name.Value;
        var suggestions = Suggestions.List(name, TypeFacts.ArgumentsOf(field).Select(a => a.Name));
        Report($"Unknown argument \"{name}\" on field \"{TypeFacts.Print(parent)}.{field.Name}\"." + Suggestions.DidYouMean(suggestions), argument);
    }
}
