using System.Collections;
using System.Text.RegularExpressions;
using Gaoqing.Graph.GraphQL.Language.Ast;

namespace Gaoqing.Graph.GraphQL.Types;

/// <summary>Turns an internal input value back into a literal (graphql-js <c>astFromValue</c>), used to print default values.</summary>
public static partial class AstFromValue
{
    /// <summary>The literal for <paramref name="value"/> of <paramref name="type"/>, or null when it has none.</summary>
    public static ValueNode? Convert(object? value, GraphQLType type)
    {
        if (type is NonNullType nonNull)
        {
            var inner = Convert(value, nonNull.OfType);
            return inner is NullValueNode ? null : inner;
        }
        if (value is null)
        {
            return new NullValueNode();
        }
        switch (type)
        {
            case ListType list:
                if (value is IEnumerable items and not string and not IDictionary)
                {
                    var nodes = new List<ValueNode>();
                    foreach (var item in items)
                    {
                        if (Convert(item, list.OfType) is { } node)
                        {
                            nodes.Add(node);
                        }
                    }
                    return new ListValueNode { Values = nodes };
                }
                return Convert(value, list.OfType);
            case InputObjectType inputObject:
                if (value is not IReadOnlyDictionary<string, object?> fields)
                {
                    return null;
                }
                var fieldNodes = new List<ObjectFieldNode>();
                foreach (var field in inputObject.Fields)
                {
                    if (fields.TryGetValue(field.Name, out var fieldValue) && Convert(fieldValue, field.Type) is { } fieldNode)
                    {
                        fieldNodes.Add(new ObjectFieldNode { Name = new NameNode { Value = field.Name }, Value = fieldNode });
                    }
                }
                return new ObjectValueNode { Fields = fieldNodes };
            case EnumType enumType:
                return enumType.FindByInternalValue(value) is { } enumValue ? new EnumValueNode { Value = enumValue.Name } : throw new GraphQLError($"Enum \"{enumType.Name}\" cannot represent value: {Inspect.Value(value)}");
            case ScalarType scalar:
                return FromSerialized(scalar.Serialize(value), scalar);
        }
        return null;
    }

    private static ValueNode? FromSerialized(object? serialized, ScalarType scalar)
    {
        serialized = UntypedValue.Normalize(serialized);
        switch (serialized)
        {
            case null:
                return null;
            case bool b:
                return new BooleanValueNode { Value = b };
            case string s:
                return ReferenceEquals(scalar, BuiltInScalars.ID) && IntegerString().IsMatch(s)
                    ? new IntValueNode { Value = s }
                    : new StringValueNode { Value = s };
        }
        if (JsNumber.TryGetDouble(serialized, out var number) && double.IsFinite(number))
        {
            var text = JsNumber.Format(number);
            return IntegerString().IsMatch(text) ? new IntValueNode { Value = text } : new FloatValueNode { Value = text };
        }
        throw new GraphQLError($"Cannot convert value to AST: {Inspect.Value(serialized)}.");
    }

    [GeneratedRegex("^-?(?:0|[1-9][0-9]*)$")]
    private static partial Regex IntegerString();
}
