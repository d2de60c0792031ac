using System.Text;
using Gaoqing.Graph.GraphQL.Language.Ast;

namespace Gaoqing.Graph.GraphQL.Validation;

/// <summary>A text key for a value literal: equal keys mean the same literal up to the order of object fields.</summary>
internal static class ValueKeys
{
    public static string Of(ValueNode value)
    {
        var builder = new StringBuilder();
        var pending = new Stack<object>();
        pending.Push(value);
        while (pending.Count > 0)
        {
            switch (pending.Pop())
            {
                case string text:
                    builder.Append(text);
                    break;
                case VariableNode variable:
                    Append(builder, "$", variable.Name.Value);
                    break;
                case ListValueNode list:
                    builder.Append('[');
                    pending.Push("]");
                    for (var i = list.Values.Count - 1; i >= 0; i--)
                    {
                        pending.Push(list.Values[i]);
                        pending.Push(",");
                    }
                    break;
                case ObjectValueNode obj:
                    builder.Append('{');
                    pending.Push("}");
                    var fields = obj.Fields.OrderBy(f => f.Name.Value, StringComparer.Ordinal).ToList();
                    for (var i = fields.Count - 1; i >= 0; i--)
                    {
                        pending.Push(fields[i].Value);
                        pending.Push(Quote(fields[i].Name.Value) + ":");
                    }
                    break;
                case StringValueNode text:
                    Append(builder, text.Block ? "B" : "S", text.Value);
                    break;
                case IntValueNode number:
                    Append(builder, "I", number.Value);
                    break;
                case FloatValueNode number:
                    Append(builder, "F", number.Value);
                    break;
                case BooleanValueNode boolean:
                    builder.Append(boolean.Value ? "true" : "false");
                    break;
                case NullValueNode:
                    builder.Append("null");
                    break;
                case EnumValueNode enumValue:
                    Append(builder, "E", enumValue.Value);
                    break;
            }
        }
        return builder.ToString();
    }

    private static void Append(StringBuilder builder, string tag, string text) => builder.Append(tag).Append(Quote(text));

    private static string Quote(string text) => "\"" + text.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("\"", "\\\"", StringComparison.Ordinal) + "\"";
}
