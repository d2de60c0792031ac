using Gaoqing.Graph.GraphQL.Language.Ast;

namespace Gaoqing.Graph.GraphQL.Language;

/// <summary>Value literal parsing: scalars, lists, objects and variables.</summary>
public sealed partial class Parser
{
    private ValueNode ParseValueLiteral(bool isConst)
    {
        var token = Current;
        switch (token.Kind)
        {
            case TokenKind.BracketL:
                return ParseList(isConst);
            case TokenKind.BraceL:
                return ParseObject(isConst);
            case TokenKind.Int:
                AdvanceLexer();
                return new IntValueNode { Value = token.Value!, Location = Loc(token) };
            case TokenKind.Float:
                AdvanceLexer();
                return new FloatValueNode { Value = token.Value!, Location = Loc(token) };
            case TokenKind.String:
            case TokenKind.BlockString:
                return ParseStringLiteral();
            case TokenKind.Name:
                AdvanceLexer();
                return token.Value switch
                {
                    "true" => new BooleanValueNode { Value = true, Location = Loc(token) },
                    "false" => new BooleanValueNode { Value = false, Location = Loc(token) },
                    "null" => new NullValueNode { Location = Loc(token) },
                    _ => new EnumValueNode { Value = token.Value!, Location = Loc(token) },
                };
            case TokenKind.Dollar:
                if (isConst)
                {
                    ExpectToken(TokenKind.Dollar);
                    if (Current.Kind == TokenKind.Name)
                    {
                        throw GraphQLError.Syntax(_source, token.Start, "Unexpected variable \"$" + Current.Value + "\" in constant value.");
                    }
                    throw Unexpected(token);
                }
                return ParseVariable();
            default:
                throw Unexpected(token);
        }
    }

    private StringValueNode ParseStringLiteral()
    {
        var token = Current;
        AdvanceLexer();
        return new StringValueNode { Value = token.Value!, Block = token.Kind == TokenKind.BlockString, Location = Loc(token) };
    }

    private ListValueNode ParseList(bool isConst)
    {
        var start = Current;
        Enter();
        var values = isConst
            ? Any(TokenKind.BracketL, p => p.ParseValueLiteral(true), TokenKind.BracketR)
            : Any(TokenKind.BracketL, p => p.ParseValueLiteral(false), TokenKind.BracketR);
        _depth--;
        return new ListValueNode { Values = values, Location = Loc(start) };
    }

    private ObjectValueNode ParseObject(bool isConst)
    {
        var start = Current;
        Enter();
        var fields = isConst
            ? Any(TokenKind.BraceL, p => p.ParseObjectField(true), TokenKind.BraceR)
            : Any(TokenKind.BraceL, p => p.ParseObjectField(false), TokenKind.BraceR);
        _depth--;
        return new ObjectValueNode { Fields = fields, Location = Loc(start) };
    }

    private ObjectFieldNode ParseObjectField(bool isConst)
    {
        var start = Current;
        var name = ParseName();
        ExpectToken(TokenKind.Colon);
        return new ObjectFieldNode { Name = name, Value = ParseValueLiteral(isConst), Location = Loc(start) };
    }
}
