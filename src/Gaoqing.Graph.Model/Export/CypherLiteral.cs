using System.Globalization;
using System.Text;
using Gaoqing.Graph.Model.Store;

namespace Gaoqing.Graph.Model.Export;

/// <summary>Cypher source text for values and names: string literals with every escape Cypher needs, quoted identifiers.</summary>
public static class CypherLiteral
{
    /// <summary>A single-quoted string literal: quotes, backslashes, control and line-separator characters and lone surrogates escaped.</summary>
    public static string String(string value)
    {
        var text = new StringBuilder(value.Length + 2);
        text.Append('\'');
        for (var index = 0; index < value.Length; index++)
        {
            var character = value[index];
            if (char.IsHighSurrogate(character) && index + 1 < value.Length && char.IsLowSurrogate(value[index + 1]))
            {
                text.Append(character).Append(value[++index]);
                continue;
            }

            switch (character)
            {
                case '\'':
                    text.Append("\\'");
                    break;
                case '"':
                    text.Append("\\\"");
                    break;
                case '\\':
                    text.Append("\\\\");
                    break;
                case '\n':
                    text.Append("\\n");
                    break;
                case '\r':
                    text.Append("\\r");
                    break;
                case '\t':
                    text.Append("\\t");
                    break;
                default:
                    if (NeedsUnicodeEscape(character))
                    {
                        text.Append("\\u").Append(((int)character).ToString("X4", CultureInfo.InvariantCulture));
                    }
                    else
                    {
                        text.Append(character);
                    }

                    break;
            }
        }

        return text.Append('\'').ToString();
    }

    /// <summary>A label, relationship type or property key: as is when it is a plain name, else in backticks.</summary>
    public static string Name(string name)
    {
        var plain = name.Length > 0 && (char.IsAsciiLetter(name[0]) || name[0] == '_') && name.All(c => char.IsAsciiLetterOrDigit(c) || c == '_');
        return plain ? name : "`" + name.Replace("`", "``", StringComparison.Ordinal) + "`";
    }

    /// <summary>A canonical property value (string, long, double, bool, string list) as a Cypher literal.</summary>
    public static string Value(object? value) => value switch
    {
        null => "null",
        string text => String(text),
        bool flag => flag ? "true" : "false",
        long number => number.ToString(CultureInfo.InvariantCulture),
        double number => PropertyValues.FormatDouble(number),
        IReadOnlyList<string> list => "[" + string.Join(", ", list.Select(String)) + "]",
        _ => throw new ArgumentException($"not a graph property value: {value.GetType().Name}", nameof(value)),
    };

    /// <summary>A map literal of the non-null properties, keys in ordinal order.</summary>
    public static string Map(IEnumerable<KeyValuePair<string, object?>> properties) =>
        "{" + string.Join(", ", properties
            .Where(pair => pair.Value is not null)
            .OrderBy(pair => pair.Key, StringComparer.Ordinal)
            .Select(pair => $"{Name(pair.Key)}: {Value(pair.Value)}")) + "}";

    private static bool NeedsUnicodeEscape(char character) =>
        char.IsControl(character) || char.IsSurrogate(character) || character is '\u2028' or '\u2029' or '\u0085' or '\uFEFF';
}
