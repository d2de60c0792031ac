using System.Text;

namespace Gaoqing.Graph.GraphQL.Language;

/// <summary>String and block-string reading, with escape handling as in graphql-js 16.</summary>
public sealed partial class Lexer
{
    private Token ReadString(int start)
    {
        var body = _body;
        var position = start + 1;
        var chunkStart = position;
        StringBuilder? value = null;
        while (position < body.Length)
        {
            int code = body[position];
            if (code == '"')
            {
                string text;
                if (value is null)
                {
                    text = body.Substring(chunkStart, position - chunkStart);
                }
                else
                {
                    text = value.Append(body, chunkStart, position - chunkStart).ToString();
                }
                return new Token(TokenKind.String, start, position + 1, text);
            }
            if (code == '\\')
            {
                value ??= new StringBuilder();
                value.Append(body, chunkStart, position - chunkStart);
                int size;
                if (CodeAt(position + 1) == 'u')
                {
                    size = CodeAt(position + 2) == '{'
                        ? ReadEscapedUnicodeVariableWidth(position, value)
                        : ReadEscapedUnicodeFixedWidth(position, value);
                }
                else
                {
                    size = ReadEscapedCharacter(position, value);
                }
                position += size;
                chunkStart = position;
                continue;
            }
            if (code == '\n' || code == '\r')
            {
                break;
            }
            var width = SourceCharacterWidth(position);
            if (width == 0)
            {
                throw Error(position, "Invalid character within String: " + PrintCodePointAt(position) + ".");
            }
            position += width;
        }
        throw Error(position, "Unterminated string.");
    }

    private int ReadEscapedUnicodeVariableWidth(int position, StringBuilder value)
    {
        var point = 0;
        var size = 3;
        while (size < 12)
        {
            var code = CodeAt(position + size++);
            if (code == '}')
            {
                if (size < 5 || !IsUnicodeScalarValue(point))
                {
                    break;
                }
                value.Append(char.ConvertFromUtf32(point));
                return size;
            }
            point = (point << 4) | ReadHexDigit(code);
            if (point < 0)
            {
                break;
            }
        }
        throw Error(position, "Invalid Unicode escape sequence: \"" + Slice(position, position + size) + "\".");
    }

    private int ReadEscapedUnicodeFixedWidth(int position, StringBuilder value)
    {
        var code = Read16BitHexCode(position + 2);
        if (IsUnicodeScalarValue(code))
        {
            value.Append((char)code);
            return 6;
        }
        if (IsLeadingSurrogate(code) && CodeAt(position + 6) == '\\' && CodeAt(position + 7) == 'u')
        {
            var trailing = Read16BitHexCode(position + 8);
            if (IsTrailingSurrogate(trailing))
            {
                value.Append((char)code).Append((char)trailing);
                return 12;
            }
        }
        throw Error(position, "Invalid Unicode escape sequence: \"" + Slice(position, position + 6) + "\".");
    }

    private int Read16BitHexCode(int position) =>
        (ReadHexDigit(CodeAt(position)) << 12)
        | (ReadHexDigit(CodeAt(position + 1)) << 8)
        | (ReadHexDigit(CodeAt(position + 2)) << 4)
        | ReadHexDigit(CodeAt(position + 3));

    private static int ReadHexDigit(int code) => code switch
    {
        >= '0' and <= '9' => code - '0',
        >= 'A' and <= 'F' => code - 'A' + 10,
        >= 'a' and <= 'f' => code - 'a' + 10,
        _ => -1,
    };

    private int ReadEscapedCharacter(int position, StringBuilder value)
    {
        char? escaped = CodeAt(position + 1) switch
        {
            '"' => '"',
            '\\' => '\\',
            '/' => '/',
            'b' => '\b',
            'f' => '\f',
            'n' => '\n',
            'r' => '\r',
            't' => '\t',
            _ => null,
        };
        if (escaped is { } c)
        {
            value.Append(c);
            return 2;
        }
        throw Error(position, "Invalid character escape sequence: \"" + Slice(position, position + 2) + "\".");
    }

    private string Slice(int start, int end)
    {
        end = Math.Min(end, _body.Length);
        return end > start ? _body.Substring(start, end - start) : string.Empty;
    }

    private Token ReadBlockString(int start)
    {
        var body = _body;
        var position = start + 3;
        var chunkStart = position;
        var currentLine = new StringBuilder();
        var lines = new List<string>();
        while (position < body.Length)
        {
            int code = body[position];
            if (code == '"' && CodeAt(position + 1) == '"' && CodeAt(position + 2) == '"')
            {
                currentLine.Append(body, chunkStart, position - chunkStart);
                lines.Add(currentLine.ToString());
                return new Token(TokenKind.BlockString, start, position + 3, BlockString.Dedent(lines));
            }
            if (code == '\\' && CodeAt(position + 1) == '"' && CodeAt(position + 2) == '"' && CodeAt(position + 3) == '"')
            {
                currentLine.Append(body, chunkStart, position - chunkStart);
                chunkStart = position + 1;
                position += 4;
                continue;
            }
            if (code == '\n' || code == '\r')
            {
                currentLine.Append(body, chunkStart, position - chunkStart);
                lines.Add(currentLine.ToString());
                currentLine.Clear();
                position += code == '\r' && CodeAt(position + 1) == '\n' ? 2 : 1;
                chunkStart = position;
                continue;
            }
            var width = SourceCharacterWidth(position);
            if (width == 0)
            {
                throw Error(position, "Invalid character within String: " + PrintCodePointAt(position) + ".");
            }
            position += width;
        }
        throw Error(position, "Unterminated string.");
    }
}
