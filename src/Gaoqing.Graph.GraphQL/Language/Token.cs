namespace Gaoqing.Graph.GraphQL.Language;

/// <summary>One lexical token: its kind, UTF-16 offsets [Start, End) and, for names, numbers and strings, its value.</summary>
public readonly record struct Token(TokenKind Kind, int Start, int End, string? Value)
{
    /// <summary>The graphql-js description used in messages, e.g. <c>Name "foo"</c> or <c>"}"</c>.</summary>
    public string Describe() =>
        Value is null ? TokenKindNames.Describe(Kind) : TokenKindNames.Describe(Kind) + " \"" + Value + "\"";
}
