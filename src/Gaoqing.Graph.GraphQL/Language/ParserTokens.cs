using System.Runtime.CompilerServices;
using Gaoqing.Graph.GraphQL.Language.Ast;

namespace Gaoqing.Graph.GraphQL.Language;

/// <summary>Token-level helpers of the parser: expectations, limits, locations and list combinators.</summary>
public sealed partial class Parser
{
    private void Enter()
    {
        if (++_depth > _options.MaxDepth || !RuntimeHelpers.TryEnsureSufficientExecutionStack())
        {
            throw GraphQLError.Syntax(_source, Current.Start, $"Document nesting exceeds the maximum depth of {_options.MaxDepth}. Parsing aborted.");
        }
    }

    private Location Loc(Token start) => new(start.Start, _lastTokenEnd, _source);

    private bool Peek(TokenKind kind) => Current.Kind == kind;

    private Token ExpectToken(TokenKind kind)
    {
        var token = Current;
        if (token.Kind == kind)
        {
            AdvanceLexer();
            return token;
        }
        throw GraphQLError.Syntax(_source, token.Start, "Expected " + TokenKindNames.Describe(kind) + ", found " + token.Describe() + ".");
    }

    private bool ExpectOptionalToken(TokenKind kind)
    {
        if (Current.Kind == kind)
        {
            AdvanceLexer();
            return true;
        }
        return false;
    }

    private void ExpectKeyword(string value)
    {
        var token = Current;
        if (token.Kind == TokenKind.Name && token.Value == value)
        {
            AdvanceLexer();
            return;
        }
        throw GraphQLError.Syntax(_source, token.Start, "Expected \"" + value + "\", found " + token.Describe() + ".");
    }

    private bool ExpectOptionalKeyword(string value)
    {
        var token = Current;
        if (token.Kind == TokenKind.Name && token.Value == value)
        {
            AdvanceLexer();
            return true;
        }
        return false;
    }

    private GraphQLError Unexpected(Token token) =>
        GraphQLError.Syntax(_source, token.Start, "Unexpected " + token.Describe() + ".");

    private void AdvanceLexer()
    {
        _lastTokenEnd = Current.End;
        var token = _lexer.Advance();
        if (token.Kind != TokenKind.Eof && ++_tokenCount > _options.MaxTokens)
        {
            throw GraphQLError.Syntax(_source, token.Start, $"Document contains more that {_options.MaxTokens} tokens. Parsing aborted.");
        }
    }

    private IReadOnlyList<T> OptionalMany<T>(TokenKind open, Func<Parser, T> parse, TokenKind close)
    {
        return ExpectOptionalToken(open) ? ManyAfterOpen(parse, close) : [];
    }

    private List<T> Many<T>(TokenKind open, Func<Parser, T> parse, TokenKind close)
    {
        ExpectToken(open);
        return ManyAfterOpen(parse, close);
    }

    private List<T> ManyAfterOpen<T>(Func<Parser, T> parse, TokenKind close)
    {
        var nodes = new List<T>();
        do
        {
            nodes.Add(parse(this));
        }
        while (!ExpectOptionalToken(close));
        return nodes;
    }

    private List<T> Any<T>(TokenKind open, Func<Parser, T> parse, TokenKind close)
    {
        ExpectToken(open);
        var nodes = new List<T>();
        while (!ExpectOptionalToken(close))
        {
            nodes.Add(parse(this));
        }
        return nodes;
    }

    private List<T> DelimitedMany<T>(TokenKind delimiter, Func<Parser, T> parse)
    {
        ExpectOptionalToken(delimiter);
        var nodes = new List<T>();
        do
        {
            nodes.Add(parse(this));
        }
        while (ExpectOptionalToken(delimiter));
        return nodes;
    }
}
