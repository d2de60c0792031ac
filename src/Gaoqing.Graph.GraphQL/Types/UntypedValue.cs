using System.Globalization;
using System.Text.Json;
using Gaoqing.Graph.GraphQL.Language.Ast;

namespace Gaoqing.Graph.GraphQL.Types;

/// <summary>Plain runtime values without a type: literals to values (graphql-js <c>valueFromASTUntyped</c>) and JSON to CLR values.</summary>
public static class UntypedValue
{
    /// <summary>The plain value of a literal: numbers as double, strings, booleans, null, lists and dictionaries.</summary>
    public static object? FromAst(ValueNode node, IReadOnlyDictionary<string, object?>? variables) => node switch
    {
        NullValueNode => null,
        IntValueNode n => double.Parse(n.Value, CultureInfo.InvariantCulture),
        FloatValueNode n => double.Parse(n.Value, CultureInfo.InvariantCulture),
        StringValueNode n => n.Value,
        EnumValueNode n => n.Value,
        BooleanValueNode n => n.Value,
        ListValueNode n => n.Values.Select(v => FromAst(v, variables)).ToList(),
        ObjectValueNode n => n.Fields.ToDictionary(f => f.Name.Value, f => FromAst(f.Value, variables)),
        VariableNode n => variables is not null && variables.TryGetValue(n.Name.Value, out var value) ? value : null,
        _ => null,
    };

    /// <summary>Turns JSON leaves into CLR values (string, double, bool, null); objects and arrays stay JSON elements.</summary>
    public static object? Normalize(object? value)
    {
        if (value is not JsonElement element)
        {
            return value;
        }
        return element.ValueKind switch
        {
            JsonValueKind.String => element.GetString(),
            JsonValueKind.Number => element.GetDouble(),
            JsonValueKind.True => true,
            JsonValueKind.False => false,
            JsonValueKind.Null or JsonValueKind.Undefined => null,
            _ => element,
        };
    }
}
