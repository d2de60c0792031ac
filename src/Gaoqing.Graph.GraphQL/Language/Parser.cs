using Gaoqing.Graph.GraphQL.Language.Ast;

namespace Gaoqing.Graph.GraphQL.Language;

/// <summary>A recursive-descent parser for GraphQL documents with depth and token limits; errors match graphql-js 16.</summary>
public sealed partial class Parser
{
    private readonly Lexer _lexer;
    private readonly ParseOptions _options;
    private readonly Source _source;
    private int _tokenCount;
    private int _depth;
    private int _lastTokenEnd;

    private Parser(Source source, ParseOptions? options)
    {
        _source = source;
        _lexer = new Lexer(source);
        _options = options ?? ParseOptions.Default;
    }

    /// <summary>Parses a document; throws a <see cref="GraphQLError"/> on any syntax error or exceeded limit.</summary>
    public static DocumentNode Parse(string text, ParseOptions? options = null) => Parse(new Source(text), options);

    /// <summary>Parses a document from a source.</summary>
    public static DocumentNode Parse(Source source, ParseOptions? options = null) => new Parser(source, options).ParseDocument();

    /// <summary>Parses a single value literal (variables allowed), such as <c>[1, $a]</c>.</summary>
    public static ValueNode ParseValue(string text, ParseOptions? options = null)
    {
        var parser = new Parser(new Source(text), options);
        parser.ExpectToken(TokenKind.Sof);
        var value = parser.ParseValueLiteral(false);
        parser.ExpectToken(TokenKind.Eof);
        return value;
    }

    /// <summary>Parses a type reference such as <c>[String!]!</c>.</summary>
    public static TypeNode ParseType(string text, ParseOptions? options = null)
    {
        var parser = new Parser(new Source(text), options);
        parser.ExpectToken(TokenKind.Sof);
        var type = parser.ParseTypeReference();
        parser.ExpectToken(TokenKind.Eof);
        return type;
    }

    private Token Current => _lexer.Current;

    private DocumentNode ParseDocument()
    {
        var start = Current;
        ExpectToken(TokenKind.Sof);
        var definitions = new List<DefinitionNode>();
        do
        {
            definitions.Add(ParseDefinition());
        }
        while (!ExpectOptionalToken(TokenKind.Eof));
        return new DocumentNode { Definitions = definitions, Location = Loc(start) };
    }

    private DefinitionNode ParseDefinition()
    {
        if (Peek(TokenKind.BraceL))
        {
            return ParseOperationDefinition();
        }
        var hasDescription = PeekDescription();
        var keyword = hasDescription ? _lexer.Lookahead() : Current;
        if (hasDescription && keyword.Kind == TokenKind.BraceL)
        {
            throw GraphQLError.Syntax(_source, Current.Start, "Unexpected description, descriptions are not supported on shorthand queries.");
        }
        if (keyword.Kind == TokenKind.Name)
        {
            switch (keyword.Value)
            {
                case "schema": return ParseSchemaDefinition();
                case "scalar": return ParseScalarTypeDefinition();
                case "type": return ParseObjectTypeDefinition();
                case "interface": return ParseInterfaceTypeDefinition();
                case "union": return ParseUnionTypeDefinition();
                case "enum": return ParseEnumTypeDefinition();
                case "input": return ParseInputObjectTypeDefinition();
                case "directive": return ParseDirectiveDefinition();
                case "query":
                case "mutation":
                case "subscription":
                    return ParseOperationDefinition();
                case "fragment":
                    return ParseFragmentDefinition();
            }
            if (hasDescription)
            {
                throw GraphQLError.Syntax(_source, Current.Start, "Unexpected description, only GraphQL definitions support descriptions.");
            }
            if (keyword.Value == "extend")
            {
                return ParseTypeSystemExtension();
            }
        }
        throw Unexpected(keyword);
    }

    private OperationDefinitionNode ParseOperationDefinition()
    {
        var start = Current;
        if (Peek(TokenKind.BraceL))
        {
            return new OperationDefinitionNode
            {
                Operation = OperationType.Query,
                VariableDefinitions = [],
                Directives = [],
                SelectionSet = ParseSelectionSet(),
                Location = Loc(start),
            };
        }
        var description = ParseDescription();
        var operation = ParseOperationType();
        var name = Peek(TokenKind.Name) ? ParseName() : null;
        return new OperationDefinitionNode
        {
            Description = description,
            Operation = operation,
            Name = name,
            VariableDefinitions = OptionalMany(TokenKind.ParenL, p => p.ParseVariableDefinition(), TokenKind.ParenR),
            Directives = ParseDirectives(false),
            SelectionSet = ParseSelectionSet(),
            Location = Loc(start),
        };
    }

    private OperationType ParseOperationType()
    {
        var token = ExpectToken(TokenKind.Name);
        return token.Value switch
        {
            "query" => OperationType.Query,
            "mutation" => OperationType.Mutation,
            "subscription" => OperationType.Subscription,
            _ => throw Unexpected(token),
        };
    }

    private VariableDefinitionNode ParseVariableDefinition()
    {
        var start = Current;
        var description = ParseDescription();
        var variable = ParseVariable();
        ExpectToken(TokenKind.Colon);
        var type = ParseTypeReference();
        var defaultValue = ExpectOptionalToken(TokenKind.EqualsSign) ? ParseValueLiteral(true) : null;
        return new VariableDefinitionNode
        {
            Description = description,
            Variable = variable,
            Type = type,
            DefaultValue = defaultValue,
            Directives = ParseDirectives(true),
            Location = Loc(start),
        };
    }

    private VariableNode ParseVariable()
    {
        var start = Current;
        ExpectToken(TokenKind.Dollar);
        return new VariableNode { Name = ParseName(), Location = Loc(start) };
    }

    private SelectionSetNode ParseSelectionSet()
    {
        var start = Current;
        Enter();
        var selections = Many(TokenKind.BraceL, p => p.ParseSelection(), TokenKind.BraceR);
        _depth--;
        return new SelectionSetNode { Selections = selections, Location = Loc(start) };
    }

    private SelectionNode ParseSelection() => Peek(TokenKind.Spread) ? ParseFragment() : ParseField();

    private FieldNode ParseField()
    {
        var start = Current;
        var nameOrAlias = ParseName();
        NameNode? alias = null;
        NameNode name;
        if (ExpectOptionalToken(TokenKind.Colon))
        {
            alias = nameOrAlias;
            name = ParseName();
        }
        else
        {
            name = nameOrAlias;
        }
        return new FieldNode
        {
            Alias = alias,
            Name = name,
            Arguments = ParseArguments(false),
            Directives = ParseDirectives(false),
            SelectionSet = Peek(TokenKind.BraceL) ? ParseSelectionSet() : null,
            Location = Loc(start),
        };
    }

    private IReadOnlyList<ArgumentNode> ParseArguments(bool isConst) =>
        isConst
            ? OptionalMany(TokenKind.ParenL, p => p.ParseArgument(true), TokenKind.ParenR)
            : OptionalMany(TokenKind.ParenL, p => p.ParseArgument(false), TokenKind.ParenR);

    private ArgumentNode ParseArgument(bool isConst)
    {
        var start = Current;
        var name = ParseName();
        ExpectToken(TokenKind.Colon);
        return new ArgumentNode { Name = name, Value = ParseValueLiteral(isConst), Location = Loc(start) };
    }

    private SelectionNode ParseFragment()
    {
        var start = Current;
        ExpectToken(TokenKind.Spread);
        var hasTypeCondition = ExpectOptionalKeyword("on");
        if (!hasTypeCondition && Peek(TokenKind.Name))
        {
            return new FragmentSpreadNode
            {
                Name = ParseFragmentName(),
                Directives = ParseDirectives(false),
                Location = Loc(start),
            };
        }
        return new InlineFragmentNode
        {
            TypeCondition = hasTypeCondition ? ParseNamedType() : null,
            Directives = ParseDirectives(false),
            SelectionSet = ParseSelectionSet(),
            Location = Loc(start),
        };
    }

    private FragmentDefinitionNode ParseFragmentDefinition()
    {
        var start = Current;
        var description = ParseDescription();
        ExpectKeyword("fragment");
        var name = ParseFragmentName();
        ExpectKeyword("on");
        return new FragmentDefinitionNode
        {
            Description = description,
            Name = name,
            TypeCondition = ParseNamedType(),
            Directives = ParseDirectives(false),
            SelectionSet = ParseSelectionSet(),
            Location = Loc(start),
        };
    }

    private NameNode ParseFragmentName()
    {
        if (Current.Kind == TokenKind.Name && Current.Value == "on")
        {
            throw Unexpected(Current);
        }
        return ParseName();
    }

    private NameNode ParseName()
    {
        var token = ExpectToken(TokenKind.Name);
        return new NameNode { Value = token.Value!, Location = new Location(token.Start, token.End, _source) };
    }

    private IReadOnlyList<DirectiveNode> ParseDirectives(bool isConst)
    {
        if (!Peek(TokenKind.At))
        {
            return [];
        }
        var directives = new List<DirectiveNode>();
        while (Peek(TokenKind.At))
        {
            var start = Current;
            ExpectToken(TokenKind.At);
            var name = ParseName();
            directives.Add(new DirectiveNode { Name = name, Arguments = ParseArguments(isConst), Location = Loc(start) });
        }
        return directives;
    }

    private TypeNode ParseTypeReference()
    {
        var start = Current;
        TypeNode type;
        if (ExpectOptionalToken(TokenKind.BracketL))
        {
            Enter();
            var inner = ParseTypeReference();
            _depth--;
            ExpectToken(TokenKind.BracketR);
            type = new ListTypeNode { Type = inner, Location = Loc(start) };
        }
        else
        {
            type = ParseNamedType();
        }
        return ExpectOptionalToken(TokenKind.Bang) ? new NonNullTypeNode { Type = type, Location = Loc(start) } : type;
    }

    private NamedTypeNode ParseNamedType()
    {
        var start = Current;
        return new NamedTypeNode { Name = ParseName(), Location = Loc(start) };
    }
}
