using System.Globalization;
using System.Text.Json;
using Gaoqing.Graph.GraphQL.Language;
using Gaoqing.Graph.GraphQL.Language.Ast;

namespace Gaoqing.Graph.GraphQL.Types;

/// <summary>The five specified scalars with graphql-js 16's coercion rules and messages.</summary>
public static class BuiltInScalars
{
    /// <summary>32-bit signed integer.</summary>
    public static ScalarType Int { get; } = new(
        "Int",
        SerializeInt,
        ParseIntValue,
        (node, _) => ParseIntLiteral(node),
        "The `Int` scalar type represents non-fractional signed whole numeric values. Int can represent values between -(2^31) and 2^31 - 1.");

    /// <summary>Double-precision float.</summary>
    public static ScalarType Float { get; } = new(
        "Float",
        SerializeFloat,
        ParseFloatValue,
        (node, _) => node is IntValueNode or FloatValueNode
            ? double.Parse(node is IntValueNode i ? i.Value : ((FloatValueNode)node).Value, CultureInfo.InvariantCulture)
            : throw LiteralError("Float cannot represent non numeric value: ", node),
        "The `Float` scalar type represents signed double-precision fractional values as specified by [IEEE 754](https://en.wikipedia.org/wiki/IEEE_floating_point).");

    /// <summary>UTF-8 text.</summary>
    public static ScalarType String { get; } = new(
        "String",
        SerializeString,
        value => UntypedValue.Normalize(value) is string s ? s : throw new GraphQLError("String cannot represent a non string value: " + Inspect.Value(value)),
        (node, _) => node is StringValueNode s ? s.Value : throw LiteralError("String cannot represent a non string value: ", node),
        "The `String` scalar type represents textual data, represented as UTF-8 character sequences. The String type is most often used by GraphQL to represent free-form human-readable text.");

    /// <summary>true or false.</summary>
    public static ScalarType Boolean { get; } = new(
        "Boolean",
        SerializeBoolean,
        value => UntypedValue.Normalize(value) is bool b ? b : throw new GraphQLError("Boolean cannot represent a non boolean value: " + Inspect.Value(value)),
        (node, _) => node is BooleanValueNode b ? b.Value : throw LiteralError("Boolean cannot represent a non boolean value: ", node),
        "The `Boolean` scalar type represents `true` or `false`.");

    /// <summary>A unique identifier, serialized as a string.</summary>
    public static ScalarType ID { get; } = new(
        "ID",
        SerializeId,
        ParseIdValue,
        (node, _) => node switch
        {
            StringValueNode s => s.Value,
            IntValueNode i => i.Value,
            _ => throw LiteralError("ID cannot represent a non-string and non-integer value: ", node),
        },
        "The `ID` scalar type represents a unique identifier, often used to refetch an object or as key for a cache. The ID type appears in a JSON response as a String; however, it is not intended to be human-readable. When expected as an input type, any string (such as `\"4\"`) or integer (such as `4`) input value will be accepted as an ID.");

    /// <summary>All five, in graphql-js order.</summary>
    public static IReadOnlyList<ScalarType> All { get; } = [String, Int, Float, Boolean, ID];

    private static GraphQLError LiteralError(string prefix, ValueNode node) => GraphQLError.At(prefix + Printer.Print(node), [node]);

    private static double ToNumber(object? value)
    {
        return value switch
        {
            bool b => b ? 1 : 0,
            string s when s.Length > 0 => StringToNumber(s),
            _ => JsNumber.TryGetDouble(value, out var d) ? d : double.NaN,
        };
    }

    private static double StringToNumber(string s)
    {
        var trimmed = s.Trim();
        if (trimmed.Length == 0)
        {
            return 0;
        }
        return double.TryParse(trimmed, NumberStyles.Float, CultureInfo.InvariantCulture, out var d) ? d : double.NaN;
    }

    private static object SerializeInt(object? output)
    {
        var value = UntypedValue.Normalize(output);
        var number = ToNumber(value);
        if (!JsNumber.IsInteger(number))
        {
            throw new GraphQLError("Int cannot represent non-integer value: " + Inspect.Value(value));
        }
        if (number > int.MaxValue || number < int.MinValue)
        {
            throw new GraphQLError("Int cannot represent non 32-bit signed integer value: " + Inspect.Value(value));
        }
        return (int)number;
    }

    private static object ParseIntValue(object? input)
    {
        var value = UntypedValue.Normalize(input);
        if (value is bool || !JsNumber.TryGetDouble(value, out var number) || !JsNumber.IsInteger(number))
        {
            throw new GraphQLError("Int cannot represent non-integer value: " + Inspect.Value(value));
        }
        if (number > int.MaxValue || number < int.MinValue)
        {
            throw new GraphQLError("Int cannot represent non 32-bit signed integer value: " + JsNumber.Format(number));
        }
        return (int)number;
    }

    private static object ParseIntLiteral(ValueNode node)
    {
        if (node is not IntValueNode intNode)
        {
            throw LiteralError("Int cannot represent non-integer value: ", node);
        }
        var number = double.Parse(intNode.Value, CultureInfo.InvariantCulture);
        if (number > int.MaxValue || number < int.MinValue)
        {
            throw GraphQLError.At("Int cannot represent non 32-bit signed integer value: " + intNode.Value, [node]);
        }
        return (int)number;
    }

    private static object SerializeFloat(object? output)
    {
        var value = UntypedValue.Normalize(output);
        var number = ToNumber(value);
        if (!double.IsFinite(number))
        {
            throw new GraphQLError("Float cannot represent non numeric value: " + Inspect.Value(value));
        }
        return number;
    }

    private static object ParseFloatValue(object? input)
    {
        var value = UntypedValue.Normalize(input);
        if (value is bool || !JsNumber.TryGetDouble(value, out var number) || !double.IsFinite(number))
        {
            throw new GraphQLError("Float cannot represent non numeric value: " + Inspect.Value(value));
        }
        return number;
    }

    private static object SerializeString(object? output)
    {
        if (output is JsonElement { ValueKind: JsonValueKind.String })
        {
            return output;
        }
        var value = UntypedValue.Normalize(output);
        switch (value)
        {
            case string s:
                return s;
            case bool b:
                return b ? "true" : "false";
        }
        if (JsNumber.TryGetDouble(value, out var number) && double.IsFinite(number))
        {
            return JsNumber.Format(number);
        }
        if (value is Enum or char or Guid or DateTime or DateTimeOffset)
        {
            return Convert.ToString(value, CultureInfo.InvariantCulture)!;
        }
        throw new GraphQLError("String cannot represent value: " + Inspect.Value(value));
    }

    private static object SerializeBoolean(object? output)
    {
        var value = UntypedValue.Normalize(output);
        if (value is bool b)
        {
            return b;
        }
        if (JsNumber.TryGetDouble(value, out var number) && double.IsFinite(number))
        {
            return number != 0;
        }
        throw new GraphQLError("Boolean cannot represent a non boolean value: " + Inspect.Value(value));
    }

    private static object SerializeId(object? output)
    {
        if (output is JsonElement { ValueKind: JsonValueKind.String })
        {
            return output;
        }
        var value = UntypedValue.Normalize(output);
        if (value is string s)
        {
            return s;
        }
        if (value is Guid guid)
        {
            return guid.ToString();
        }
        if (JsNumber.TryGetDouble(value, out var number) && JsNumber.IsInteger(number))
        {
            return JsNumber.Format(number);
        }
        throw new GraphQLError("ID cannot represent value: " + Inspect.Value(value));
    }

    private static object ParseIdValue(object? input)
    {
        var value = UntypedValue.Normalize(input);
        if (value is string s)
        {
            return s;
        }
        if (value is not bool && JsNumber.TryGetDouble(value, out var number) && JsNumber.IsInteger(number))
        {
            return JsNumber.Format(number);
        }
        throw new GraphQLError("ID cannot represent value: " + Inspect.Value(value));
    }
}
