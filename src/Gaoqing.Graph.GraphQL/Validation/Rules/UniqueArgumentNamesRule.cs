using Gaoqing.Graph.GraphQL.Language.Ast;

namespace Gaoqing.Graph.GraphQL.Validation.Rules;

/// <summary>Spec 5.4.2 Argument Uniqueness: a field or directive receives each argument once.</summary>
public sealed class UniqueArgumentNamesRule(ValidationContext context) : ValidationRule(context)
{
    private static readonly NodeKind[] Visited = [NodeKind.Field, NodeKind.Directive];

    /// <inheritdoc />
    public override IReadOnlyCollection<NodeKind>? Kinds => Visited;

    /// <inheritdoc />
    public override bool Enter(Node node)
    {
        var arguments = node switch
        {
            FieldNode field => field.Arguments,
            DirectiveNode directive => directive.Arguments,
            _ => null,
        };
        if (arguments is null)
        {
            return true;
        }
        foreach (var group in NameGroups.ByName(arguments, a => a.Name.Value))
        {
            if (group.Count > 1)
            {
                Report($"There can be only one argument named \"{group[0].Name.Value}\".", [.. group.Select(a => a.Name)]);
            }
        }
        return true;
    }
}
