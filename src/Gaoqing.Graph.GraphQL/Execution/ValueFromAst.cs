using Gaoqing.Graph.GraphQL.Language.Ast;
using Gaoqing.Graph.GraphQL.Types;

namespace Gaoqing.Graph.GraphQL.Execution;

/// <summary>Coerces a literal to a value of an input type (graphql-js <c>valueFromAST</c>); invalid literals give false.</summary>
public static class ValueFromAst
{
    /// <summary>Coerces <paramref name="node"/>; variables missing from <paramref name="variables"/> count as absent.</summary>
    public static bool TryCoerce(ValueNode node, GraphQLType type, IReadOnlyDictionary<string, object?>? variables, out object? value)
    {
        value = null;
        if (node is VariableNode variable)
        {
            if (variables is null || !variables.TryGetValue(variable.Name.Value, out var variableValue))
            {
                return false;
            }
            if (variableValue is null && type is NonNullType)
            {
                return false;
            }
            value = variableValue;
            return true;
        }
        if (type is NonNullType nonNull)
        {
            return node is not NullValueNode && TryCoerce(node, nonNull.OfType, variables, out value);
        }
        if (node is NullValueNode)
        {
            return true;
        }
        switch (type)
        {
            case ListType list:
                return CoerceList(node, list, variables, out value);
            case InputObjectType inputObject:
                return CoerceObject(node, inputObject, variables, out value);
            case EnumType enumType:
                if (node is EnumValueNode enumNode && enumType.FindValue(enumNode.Value) is { } enumValue)
                {
                    value = enumValue.Value;
                    return true;
                }
                return false;
            case ScalarType scalar:
                try
                {
                    value = scalar.ParseLiteral(node, variables);
                    return true;
                }
                catch (GraphQLError)
                {
                    return false;
                }
            default:
                return false;
        }
    }

    /// <summary>Whether a node is a variable that has no value.</summary>
    public static bool IsMissingVariable(ValueNode node, IReadOnlyDictionary<string, object?>? variables) =>
        node is VariableNode variable && (variables is null || !variables.ContainsKey(variable.Name.Value));

    private static bool CoerceList(ValueNode node, ListType list, IReadOnlyDictionary<string, object?>? variables, out object? value)
    {
        value = null;
        if (node is ListValueNode listNode)
        {
            var items = new List<object?>(listNode.Values.Count);
            foreach (var itemNode in listNode.Values)
            {
                if (IsMissingVariable(itemNode, variables))
                {
                    if (list.OfType is NonNullType)
                    {
                        return false;
                    }
                    items.Add(null);
                    continue;
                }
                if (!TryCoerce(itemNode, list.OfType, variables, out var item))
                {
                    return false;
                }
                items.Add(item);
            }
            value = items;
            return true;
        }
        if (!TryCoerce(node, list.OfType, variables, out var single))
        {
            return false;
        }
        value = new List<object?> { single };
        return true;
    }

    private static bool CoerceObject(ValueNode node, InputObjectType type, IReadOnlyDictionary<string, object?>? variables, out object? value)
    {
        value = null;
        if (node is not ObjectValueNode objectNode)
        {
            return false;
        }
        var result = new Dictionary<string, object?>(StringComparer.Ordinal);
        foreach (var field in type.Fields)
        {
            ObjectFieldNode? fieldNode = null;
            foreach (var candidate in objectNode.Fields)
            {
                if (candidate.Name.Value == field.Name)
                {
                    fieldNode = candidate;
                    break;
                }
            }
            if (fieldNode is null || IsMissingVariable(fieldNode.Value, variables))
            {
                if (field.HasDefaultValue)
                {
                    result[field.Name] = field.DefaultValue;
                }
                else if (field.Type is NonNullType)
                {
                    return false;
                }
                continue;
            }
            if (!TryCoerce(fieldNode.Value, field.Type, variables, out var fieldValue))
            {
                return false;
            }
            result[field.Name] = fieldValue;
        }
        if (type.IsOneOf && (result.Count != 1 || result.Values.First() is null))
        {
            return false;
        }
        value = result;
        return true;
    }
}
