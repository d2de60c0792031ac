using System.Globalization;
using System.Text;
using Gaoqing.Graph.GraphQL.Language.Ast;

namespace Gaoqing.Graph.GraphQL.Language;

/// <summary>Prints an AST back to GraphQL text in graphql-js's <c>print</c> format.</summary>
public static partial class Printer
{
    private const int MaxLineLength = 80;

    /// <summary>Prints any node; null prints as the empty string.</summary>
    public static string Print(Node? node) => node switch
    {
        null => string.Empty,
        NameNode n => n.Value,
        VariableNode n => "$" + n.Name.Value,
        DocumentNode n => Join(n.Definitions, "\n\n"),
        OperationDefinitionNode n => PrintOperation(n),
        VariableDefinitionNode n => Wrap("", Print(n.Description), "\n") + Print(n.Variable) + ": " + Print(n.Type) + Wrap(" = ", Print(n.DefaultValue)) + Wrap(" ", Join(n.Directives, " ")),
        SelectionSetNode n => Block(n.Selections),
        FieldNode n => PrintField(n),
        ArgumentNode n => n.Name.Value + ": " + Print(n.Value),
        FragmentSpreadNode n => "..." + n.Name.Value + Wrap(" ", Join(n.Directives, " ")),
        InlineFragmentNode n => JoinParts(" ", "...", Wrap("on ", Print(n.TypeCondition)), Join(n.Directives, " "), Print(n.SelectionSet)),
        FragmentDefinitionNode n => Wrap("", Print(n.Description), "\n") + "fragment " + n.Name.Value + " on " + n.TypeCondition.Name.Value + " " + Wrap("", Join(n.Directives, " "), " ") + Print(n.SelectionSet),
        IntValueNode n => n.Value,
        FloatValueNode n => n.Value,
        StringValueNode n => n.Block ? BlockString.Print(n.Value) : PrintString(n.Value),
        BooleanValueNode n => n.Value ? "true" : "false",
        NullValueNode => "null",
        EnumValueNode n => n.Value,
        ListValueNode n => "[" + Join(n.Values, ", ") + "]",
        ObjectValueNode n => "{" + Join(n.Fields, ", ") + "}",
        ObjectFieldNode n => n.Name.Value + ": " + Print(n.Value),
        DirectiveNode n => "@" + n.Name.Value + Wrap("(", Join(n.Arguments, ", "), ")"),
        NamedTypeNode n => n.Name.Value,
        ListTypeNode n => "[" + Print(n.Type) + "]",
        NonNullTypeNode n => Print(n.Type) + "!",
        _ => PrintTypeSystem(node),
    };

    private static string PrintOperation(OperationDefinitionNode n)
    {
        var multiline = false;
        foreach (var definition in n.VariableDefinitions)
        {
            multiline |= Print(definition).Contains('\n');
        }
        var varDefs = multiline
            ? Wrap("(\n", Join(n.VariableDefinitions, "\n"), "\n)")
            : Wrap("(", Join(n.VariableDefinitions, ", "), ")");
        var operation = n.Operation switch
        {
            OperationType.Query => "query",
            OperationType.Mutation => "mutation",
            _ => "subscription",
        };
        var prefix = Wrap("", Print(n.Description), "\n") + JoinParts(" ", operation, JoinParts("", Print(n.Name), varDefs), Join(n.Directives, " "));
        return (prefix == "query" ? string.Empty : prefix + " ") + Print(n.SelectionSet);
    }

    private static string PrintField(FieldNode n)
    {
        var prefix = Wrap("", Print(n.Alias), ": ") + n.Name.Value;
        var argsLine = prefix + Wrap("(", Join(n.Arguments, ", "), ")");
        if (argsLine.Length > MaxLineLength)
        {
            argsLine = prefix + Wrap("(\n", Indent(Join(n.Arguments, "\n")), "\n)");
        }
        return JoinParts(" ", argsLine, Join(n.Directives, " "), Print(n.SelectionSet));
    }

    /// <summary>Prints a string literal with graphql-js's escapes.</summary>
    public static string PrintString(string value)
    {
        var builder = new StringBuilder(value.Length + 2);
        builder.Append('"');
        foreach (var c in value)
        {
            switch (c)
            {
                case '"': builder.Append("\\\""); break;
                case '\\': builder.Append("\\\\"); break;
                case '\b': builder.Append("\\b"); break;
                case '\f': builder.Append("\\f"); break;
                case '\n': builder.Append("\\n"); break;
                case '\r': builder.Append("\\r"); break;
                case '\t': builder.Append("\\t"); break;
                case < ' ' or (>= '\u007F' and <= '\u009F'):
                    builder.Append("\\u").Append(((int)c).ToString("X4", CultureInfo.InvariantCulture));
                    break;
                default: builder.Append(c); break;
            }
        }
        return builder.Append('"').ToString();
    }

    private static string Join<T>(IReadOnlyList<T> nodes, string separator)
        where T : Node
    {
        if (nodes.Count == 0)
        {
            return string.Empty;
        }
        var builder = new StringBuilder();
        foreach (var node in nodes)
        {
            var text = Print(node);
            if (text.Length == 0)
            {
                continue;
            }
            if (builder.Length > 0)
            {
                builder.Append(separator);
            }
            builder.Append(text);
        }
        return builder.ToString();
    }

    private static string JoinParts(string separator, params string[] parts)
    {
        var builder = new StringBuilder();
        var first = true;
        foreach (var part in parts)
        {
            if (part.Length == 0)
            {
                continue;
            }
            if (!first)
            {
                builder.Append(separator);
            }
            builder.Append(part);
            first = false;
        }
        return builder.ToString();
    }

    private static string Wrap(string start, string value, string end = "") =>
        value.Length == 0 ? string.Empty : start + value + end;

    private static string Indent(string value) => Wrap("  ", value.Replace("\n", "\n  ", StringComparison.Ordinal));

    private static string Block<T>(IReadOnlyList<T> nodes)
        where T : Node =>
        nodes.Count == 0 ? string.Empty : "{\n" + Indent(Join(nodes, "\n")) + "\n}";
}
