using Gaoqing.Graph.GraphQL.Language.Ast;

namespace Gaoqing.Graph.GraphQL.Validation;

/// <summary>The directives applied to a node, for every kind of node that can carry them.</summary>
internal static class AppliedDirectives
{
    public static IReadOnlyList<DirectiveNode>? Of(Node node) => node switch
    {
        ExecutableDefinitionNode definition => definition.Directives,
        SelectionNode selection => selection.Directives,
        VariableDefinitionNode variable => variable.Directives,
        TypeSystemNode typeSystem => typeSystem.Directives,
        FieldDefinitionNode field => field.Directives,
        InputValueDefinitionNode input => input.Directives,
        EnumValueDefinitionNode value => value.Directives,
        _ => null,
    };
}
