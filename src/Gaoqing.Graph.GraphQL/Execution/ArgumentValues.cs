using Gaoqing.Graph.GraphQL.Language;
using Gaoqing.Graph.GraphQL.Language.Ast;
using Gaoqing.Graph.GraphQL.Types;

namespace Gaoqing.Graph.GraphQL.Execution;

/// <summary>Coerces the arguments of a field or directive (graphql-js <c>getArgumentValues</c>), with its messages.</summary>
public static class ArgumentValues
{
    private static readonly IReadOnlyDictionary<string, object?> Empty = new Dictionary<string, object?>();

    /// <summary>Coerces the arguments written on <paramref name="node"/> against <paramref name="definitions"/>.</summary>
    public static IReadOnlyDictionary<string, object?> Coerce(IReadOnlyList<InputValueDefinition> definitions, IReadOnlyList<ArgumentNode> arguments, Node node, IReadOnlyDictionary<string, object?>? variables)
    {
        if (definitions.Count == 0)
        {
            return Empty;
        }
        var coerced = new Dictionary<string, object?>(definitions.Count, StringComparer.Ordinal);
        foreach (var definition in definitions)
        {
            var name = definition.Name;
            ArgumentNode? argument = null;
            foreach (var candidate in arguments)
            {
                if (candidate.Name.Value == name)
                {
                    argument = candidate;
                    break;
                }
            }
            if (argument is null)
            {
                if (definition.HasDefaultValue)
                {
                    coerced[name] = definition.DefaultValue;
                }
                else if (definition.Type is NonNullType)
                {
                    throw GraphQLError.At($"Argument \"{name}\" of required type \"{definition.Type}\" was not provided.", [node]);
                }
                continue;
            }
            var valueNode = argument.Value;
            var isNull = valueNode is NullValueNode;
            if (valueNode is VariableNode variable)
            {
                var variableName = variable.Name.Value;
                if (variables is null || !variables.TryGetValue(variableName, out var variableValue))
                {
                    if (definition.HasDefaultValue)
                    {
                        coerced[name] = definition.DefaultValue;
                    }
                    else if (definition.Type is NonNullType)
                    {
                        throw GraphQLError.At($"Argument \"{name}\" of required type \"{definition.Type}\" was provided the variable \"${variableName}\" which was not provided a runtime value.", [valueNode]);
                    }
                    continue;
                }
                isNull = variableValue is null;
            }
            if (isNull && definition.Type is NonNullType)
            {
                throw GraphQLError.At($"Argument \"{name}\" of non-null type \"{definition.Type}\" must not be null.", [valueNode]);
            }
            if (!ValueFromAst.TryCoerce(valueNode, definition.Type, variables, out var value))
            {
                throw GraphQLError.At($"Argument \"{name}\" has invalid value {Printer.Print(valueNode)}.", [valueNode]);
            }
            coerced[name] = value;
        }
        return coerced;
    }

    /// <summary>The arguments of the first use of <paramref name="directive"/> among <paramref name="directives"/>, or null if not used.</summary>
    public static IReadOnlyDictionary<string, object?>? ForDirective(DirectiveDefinition directive, IReadOnlyList<DirectiveNode> directives, IReadOnlyDictionary<string, object?>? variables)
    {
        foreach (var node in directives)
        {
            if (node.Name.Value == directive.Name)
            {
                return Coerce(directive.Arguments, node.Arguments, node, variables);
            }
        }
        return null;
    }
}
