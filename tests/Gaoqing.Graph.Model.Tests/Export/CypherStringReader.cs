using System.Globalization;
using System.Text;

namespace Gaoqing.Graph.Model.Tests.Export;

/// <summary>Reads Cypher string literals back, following the escapes of the openCypher grammar (StringLiteral, EscapedChar).</summary>
internal static class CypherStringReader
{
    /// <summary>Reads the literal starting at <paramref name="start"/> (a quote); returns its value and the index after it.</summary>
    public static (string Value, int End) Read(string source, int start)
    {
        var quote = source[start];
        Assert.True(quote is '\'' or '"', $"no string literal at {start}");
        var value = new StringBuilder();
        for (var index = start + 1; index < source.Length; index++)
        {
            var character = source[index];
            Assert.False(character is '\n' or '\r', $"raw line break inside the literal at {index}");
            if (character == quote)
            {
                return (value.ToString(), index + 1);
            }

            if (character != '\\')
            {
                value.Append(character);
                continue;
            }

            var escape = source[++index];
            switch (escape)
            {
                case '\\' or '\'' or '"':
                    value.Append(escape);
                    break;
                case 'n':
                    value.Append('\n');
                    break;
                case 'r':
                    value.Append('\r');
                    break;
                case 't':
                    value.Append('\t');
                    break;
                case 'b':
                    value.Append('\b');
                    break;
                case 'f':
                    value.Append('\f');
                    break;
                case 'u':
                    value.Append((char)int.Parse(source.AsSpan(index + 1, 4), NumberStyles.HexNumber, CultureInfo.InvariantCulture));
                    index += 4;
                    break;
                default:
                    Assert.Fail($"'\\{escape}' is not a Cypher escape (at {index})");
                    break;
            }
        }

        Assert.Fail("unterminated string literal");
        return default;
    }

    /// <summary>Every string literal in a line of Cypher, in order, outside comments.</summary>
    public static IReadOnlyList<string> ReadAll(string line)
    {
        var values = new List<string>();
        for (var index = 0; index < line.Length;)
        {
            if (line[index] is '\'' or '"')
            {
                var (value, end) = Read(line, index);
                values.Add(value);
                index = end;
            }
            else
            {
                index++;
            }
        }

        return values;
    }
}
