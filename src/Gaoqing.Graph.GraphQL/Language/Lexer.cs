namespace Gaoqing.Graph.GraphQL.Language;

/// <summary>Turns GraphQL source text into tokens on demand, skipping ignored tokens; errors match graphql-js 16.</summary>
public sealed partial class Lexer
{
    private readonly string _body;
    private Token _lookahead;
    private bool _hasLookahead;

    /// <summary>Starts lexing a source; <see cref="Current"/> is the start-of-file token.</summary>
    public Lexer(Source source)
    {
        SourceDocument = source;
        _body = source.Body;
        Current = new Token(TokenKind.Sof, 0, 0, null);
    }

    /// <summary>The source being lexed.</summary>
    public Source SourceDocument { get; }

    /// <summary>The current token.</summary>
    public Token Current { get; private set; }

    /// <summary>Moves to the next significant token and returns it.</summary>
    public Token Advance()
    {
        Current = Lookahead();
        _hasLookahead = false;
        return Current;
    }

    /// <summary>The token after <see cref="Current"/>, without moving.</summary>
    public Token Lookahead()
    {
        if (Current.Kind == TokenKind.Eof)
        {
            return Current;
        }
        if (!_hasLookahead)
        {
            _lookahead = ReadNextToken(Current.End);
            _hasLookahead = true;
        }
        return _lookahead;
    }

    private int CodeAt(int position) => (uint)position < (uint)_body.Length ? _body[position] : -1;

    private GraphQLError Error(int position, string description) =>
        GraphQLError.Syntax(SourceDocument, position, description);

    private Token ReadNextToken(int start)
    {
        var body = _body;
        var position = start;
        while (position < body.Length)
        {
            var code = body[position];
            switch (code)
            {
                case '\uFEFF':
                case '\t':
                case ' ':
                case ',':
                case '\n':
                case '\r':
                    position++;
                    continue;
                case '#':
                    position = SkipComment(position);
                    continue;
                case '!': return Punctuator(TokenKind.Bang, position);
                case '$': return Punctuator(TokenKind.Dollar, position);
                case '&': return Punctuator(TokenKind.Amp, position);
                case '(': return Punctuator(TokenKind.ParenL, position);
                case ')': return Punctuator(TokenKind.ParenR, position);
                case '.':
                    if (CodeAt(position + 1) == '.' && CodeAt(position + 2) == '.')
                    {
                        return new Token(TokenKind.Spread, position, position + 3, null);
                    }
                    break;
                case ':': return Punctuator(TokenKind.Colon, position);
                case '=': return Punctuator(TokenKind.EqualsSign, position);
                case '@': return Punctuator(TokenKind.At, position);
                case '[': return Punctuator(TokenKind.BracketL, position);
                case ']': return Punctuator(TokenKind.BracketR, position);
                case '{': return Punctuator(TokenKind.BraceL, position);
                case '|': return Punctuator(TokenKind.Pipe, position);
                case '}': return Punctuator(TokenKind.BraceR, position);
                case '"':
                    return CodeAt(position + 1) == '"' && CodeAt(position + 2) == '"'
                        ? ReadBlockString(position)
                        : ReadString(position);
            }
            if (IsDigit(code) || code == '-')
            {
                return ReadNumber(position);
            }
            if (IsNameStart(code))
            {
                return ReadName(position);
            }
            throw Error(position, code == '\''
                ? "Unexpected single quote character ('), did you mean to use a double quote (\")?"
                : IsUnicodeScalarValue(code) || IsSupplementaryCodePoint(position)
                    ? "Unexpected character: " + PrintCodePointAt(position) + "."
                    : "Invalid character: " + PrintCodePointAt(position) + ".");
        }
        return new Token(TokenKind.Eof, body.Length, body.Length, null);
    }

    private static Token Punctuator(TokenKind kind, int position) => new(kind, position, position + 1, null);

    private int SkipComment(int start)
    {
        var position = start + 1;
        while (position < _body.Length)
        {
            int code = _body[position];
            if (code == '\n' || code == '\r')
            {
                break;
            }
            var width = SourceCharacterWidth(position);
            if (width == 0)
            {
                break;
            }
            position += width;
        }
        return position;
    }

    private Token ReadName(int start)
    {
        var position = start + 1;
        while (position < _body.Length && IsNameContinue(_body[position]))
        {
            position++;
        }
        return new Token(TokenKind.Name, start, position, _body.Substring(start, position - start));
    }

    private Token ReadNumber(int start)
    {
        var position = start;
        var code = CodeAt(position);
        var isFloat = false;
        if (code == '-')
        {
            code = CodeAt(++position);
        }
        if (code == '0')
        {
            code = CodeAt(++position);
            if (IsDigit(code))
            {
                throw Error(position, "Invalid number, unexpected digit after 0: " + PrintCodePointAt(position) + ".");
            }
        }
        else
        {
            position = ReadDigits(position, code);
            code = CodeAt(position);
        }
        if (code == '.')
        {
            isFloat = true;
            code = CodeAt(++position);
            position = ReadDigits(position, code);
            code = CodeAt(position);
        }
        if (code == 'E' || code == 'e')
        {
            isFloat = true;
            code = CodeAt(++position);
            if (code == '+' || code == '-')
            {
                code = CodeAt(++position);
            }
            position = ReadDigits(position, code);
            code = CodeAt(position);
        }
        if (code == '.' || IsNameStart(code))
        {
            throw Error(position, "Invalid number, expected digit but got: " + PrintCodePointAt(position) + ".");
        }
        return new Token(isFloat ? TokenKind.Float : TokenKind.Int, start, position, _body.Substring(start, position - start));
    }

    private int ReadDigits(int start, int firstCode)
    {
        if (!IsDigit(firstCode))
        {
            throw Error(start, "Invalid number, expected digit but got: " + PrintCodePointAt(start) + ".");
        }
        var position = start + 1;
        while (IsDigit(CodeAt(position)))
        {
            position++;
        }
        return position;
    }

    /// <summary>graphql-js's way of showing the character at an offset: <c>"a"</c>, <c>'"'</c>, <c>U+0007</c> or <c>&lt;EOF&gt;</c>.</summary>
    private string PrintCodePointAt(int position)
    {
        if (position >= _body.Length)
        {
            return "<EOF>";
        }
        int code = _body[position];
        if (IsSupplementaryCodePoint(position))
        {
            code = char.ConvertToUtf32(_body[position], _body[position + 1]);
        }
        if (code >= 0x20 && code <= 0x7E)
        {
            return code == '"' ? "'\"'" : "\"" + (char)code + "\"";
        }
        return "U+" + code.ToString("X4", System.Globalization.CultureInfo.InvariantCulture);
    }

    private static bool IsDigit(int code) => code >= '0' && code <= '9';

    private static bool IsLetter(int code) => (code >= 'a' && code <= 'z') || (code >= 'A' && code <= 'Z');

    private static bool IsNameStart(int code) => IsLetter(code) || code == '_';

    private static bool IsNameContinue(int code) => IsLetter(code) || IsDigit(code) || code == '_';

    private static bool IsUnicodeScalarValue(int code) => (code >= 0 && code <= 0xD7FF) || (code >= 0xE000 && code <= 0x10FFFF);

    private static bool IsLeadingSurrogate(int code) => code >= 0xD800 && code <= 0xDBFF;

    private static bool IsTrailingSurrogate(int code) => code >= 0xDC00 && code <= 0xDFFF;

    private bool IsSupplementaryCodePoint(int position) =>
        IsLeadingSurrogate(CodeAt(position)) && IsTrailingSurrogate(CodeAt(position + 1));

    /// <summary>UTF-16 units taken by the source character at an offset: 1, 2 for a surrogate pair, 0 when it is no valid source character.</summary>
    private int SourceCharacterWidth(int position) =>
        IsUnicodeScalarValue(CodeAt(position)) ? 1 : IsSupplementaryCodePoint(position) ? 2 : 0;
}
