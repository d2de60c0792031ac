namespace Gaoqing.Graph.GraphQL.Language;

/// <summary>The kinds of lexical token in a GraphQL document.</summary>
public enum TokenKind : byte
{
    /// <summary>Start of file.</summary>
    Sof,
    /// <summary>End of file.</summary>
    Eof,
    /// <summary><c>!</c></summary>
    Bang,
    /// <summary><c>$</c></summary>
    Dollar,
    /// <summary><c>&amp;</c></summary>
    Amp,
    /// <summary><c>(</c></summary>
    ParenL,
    /// <summary><c>)</c></summary>
    ParenR,
    /// <summary><c>...</c></summary>
    Spread,
    /// <summary><c>:</c></summary>
    Colon,
    /// <summary><c>=</c></summary>
    EqualsSign,
    /// <summary><c>@</c></summary>
    At,
    /// <summary><c>[</c></summary>
    BracketL,
    /// <summary><c>]</c></summary>
    BracketR,
    /// <summary><c>{</c></summary>
    BraceL,
    /// <summary><c>|</c></summary>
    Pipe,
    /// <summary><c>}</c></summary>
    BraceR,
    /// <summary>A name.</summary>
    Name,
    /// <summary>An integer literal.</summary>
    Int,
    /// <summary>A float literal.</summary>
    Float,
    /// <summary>A quoted string.</summary>
    String,
    /// <summary>A triple-quoted block string.</summary>
    BlockString,
    /// <summary>A <c>#</c> comment.</summary>
    Comment,
}

/// <summary>How token kinds are named in graphql-js's error messages.</summary>
public static class TokenKindNames
{
    /// <summary>The graphql-js spelling of a kind (<c>&lt;EOF&gt;</c>, <c>Name</c>, <c>"{"</c> …).</summary>
    public static string Describe(TokenKind kind) => kind switch
    {
        TokenKind.Sof => "<SOF>",
        TokenKind.Eof => "<EOF>",
        TokenKind.Bang => "\"!\"",
        TokenKind.Dollar => "\"$\"",
        TokenKind.Amp => "\"&\"",
        TokenKind.ParenL => "\"(\"",
        TokenKind.ParenR => "\")\"",
        TokenKind.Spread => "\"...\"",
        TokenKind.Colon => "\":\"",
        TokenKind.EqualsSign => "\"=\"",
        TokenKind.At => "\"@\"",
        TokenKind.BracketL => "\"[\"",
        TokenKind.BracketR => "\"]\"",
        TokenKind.BraceL => "\"{\"",
        TokenKind.Pipe => "\"|\"",
        TokenKind.BraceR => "\"}\"",
        TokenKind.Name => "Name",
        TokenKind.Int => "Int",
        TokenKind.Float => "Float",
        TokenKind.String => "String",
        TokenKind.BlockString => "BlockString",
        _ => "Comment",
    };
}
