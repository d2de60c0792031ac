using Gaoqing.Graph.GraphQL.Language.Ast;
using Gaoqing.Graph.GraphQL.Types;

namespace Gaoqing.Graph.GraphQL.Validation.Rules;

/// <summary>Spec 5.8.5 All Variable Usages Are Allowed: a variable's type fits every position it is used in.</summary>
public sealed class VariablesInAllowedPositionRule(ValidationContext context) : ValidationRule(context)
{
    private static readonly NodeKind[] Visited = [NodeKind.OperationDefinition, NodeKind.VariableDefinition];

    private readonly Dictionary<string, VariableDefinitionNode> definitions = new(StringComparer.Ordinal);

    /// <inheritdoc />
    public override IReadOnlyCollection<NodeKind>? Kinds => Visited;

    /// <inheritdoc />
    public override bool Enter(Node node)
    {
        switch (node)
        {
            case OperationDefinitionNode:
                definitions.Clear();
                break;
            case VariableDefinitionNode definition:
                definitions[definition.Variable.Name.Value] = definition;
                break;
        }
        return true;
    }

    /// <inheritdoc />
    public override void Leave(Node node)
    {
        if (node is not OperationDefinitionNode operation)
        {
            return;
        }
        var schema = Context.Schema;
        foreach (var usage in Context.GetRecursiveVariableUsages(operation))
        {
            var name = usage.Node.Name.Value;
            if (!definitions.TryGetValue(name, out var definition) || usage.Type is not { } locationType)
            {
                continue;
            }
            var variableType = TypeFacts.FromAst(schema, definition.Type);
            if (variableType is not null && !IsAllowed(variableType, definition.DefaultValue, locationType, usage.HasDefaultValue))
            {
                Report($"Variable \"${name}\" of type \"{TypeFacts.Print(variableType)}\" used in position expecting type \"{TypeFacts.Print(locationType)}\".", definition, usage.Node);
            }
            if (usage.ParentType is InputObjectType parent && TypeFacts.IsOneOf(parent) && variableType is not null and not NonNullType)
            {
                Report($"Variable \"${name}\" is of type \"{TypeFacts.Print(variableType)}\" but must be non-nullable to be used for OneOf Input Object \"{TypeFacts.Print(parent)}\".", definition, usage.Node);
            }
        }
    }

    private bool IsAllowed(GraphQLType variableType, ValueNode? variableDefault, GraphQLType locationType, bool locationHasDefault)
    {
        if (locationType is NonNullType nonNullLocation && variableType is not NonNullType)
        {
            var hasNonNullVariableDefault = variableDefault is not null and not NullValueNode;
            if (!hasNonNullVariableDefault && !locationHasDefault)
            {
                return false;
            }
            return TypeFacts.IsTypeSubTypeOf(Context.Schema, variableType, nonNullLocation.OfType);
        }
        return TypeFacts.IsTypeSubTypeOf(Context.Schema, variableType, locationType);
    }
}
