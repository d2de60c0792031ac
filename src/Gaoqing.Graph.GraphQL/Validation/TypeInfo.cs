using Gaoqing.Graph.GraphQL.Language.Ast;
using Gaoqing.Graph.GraphQL.Types;

namespace Gaoqing.Graph.GraphQL.Validation;

/// <summary>
/// Tracks, while a document is walked, the output type, parent type, field, directive, argument, input type and
/// default value at the current position, the way graphql-js's <c>TypeInfo</c> does.
/// </summary>
public sealed class TypeInfo(Schema schema)
{
    private readonly List<GraphQLType?> typeStack = [];
    private readonly List<GraphQLType?> parentTypeStack = [];
    private readonly List<GraphQLType?> inputTypeStack = [];
    private readonly List<FieldDefinition?> fieldDefStack = [];
    private readonly List<bool> defaultValueStack = [];

    /// <summary>The output type of the current field or fragment.</summary>
    public GraphQLType? Type => Top(typeStack);

    /// <summary>The composite type whose selection set holds the cursor.</summary>
    public GraphQLType? ParentType => Top(parentTypeStack);

    /// <summary>The input type expected at the current value position.</summary>
    public GraphQLType? InputType => Top(inputTypeStack);

    /// <summary>The input type of the enclosing list or input object.</summary>
    public GraphQLType? ParentInputType => inputTypeStack.Count > 1 ? inputTypeStack[^2] : null;

    /// <summary>The definition of the current field.</summary>
    public FieldDefinition? FieldDef => fieldDefStack.Count > 0 ? fieldDefStack[^1] : null;

    /// <summary>Whether the current argument or input field position has a default value.</summary>
    public bool HasDefaultValue => defaultValueStack.Count > 0 && defaultValueStack[^1];

    /// <summary>The directive being applied.</summary>
    public DirectiveDefinition? Directive { get; private set; }

    /// <summary>The definition of the current argument.</summary>
    public InputValueDefinition? Argument { get; private set; }

    /// <summary>Moves into a node.</summary>
    public void Enter(Node node)
    {
        switch (node)
        {
            case SelectionSetNode:
                var named = TypeFacts.Named(Type);
                parentTypeStack.Add(TypeFacts.IsComposite(named) ? named : null);
                break;
            case FieldNode field:
                var definition = ParentType is { } parent ? TypeFacts.FieldOf(schema, parent, field.Name.Value) : null;
                fieldDefStack.Add(definition);
                typeStack.Add(definition?.Type is { } fieldType && TypeFacts.IsOutput(fieldType) ? fieldType : null);
                break;
            case DirectiveNode directive:
                Directive = schema.GetDirective(directive.Name.Value);
                break;
            case OperationDefinitionNode operation:
                typeStack.Add(TypeFacts.RootType(schema, operation.Operation));
                break;
            case InlineFragmentNode inline:
                var inlineType = inline.TypeCondition is { } condition ? TypeFacts.FromAst(schema, condition) : TypeFacts.Named(Type);
                typeStack.Add(TypeFacts.IsOutput(inlineType) ? inlineType : null);
                break;
            case FragmentDefinitionNode fragment:
                var fragmentType = TypeFacts.FromAst(schema, fragment.TypeCondition);
                typeStack.Add(TypeFacts.IsOutput(fragmentType) ? fragmentType : null);
                break;
            case VariableDefinitionNode variable:
                var variableType = TypeFacts.FromAst(schema, variable.Type);
                inputTypeStack.Add(TypeFacts.IsInput(variableType) ? variableType : null);
                break;
            case ArgumentNode argument:
                EnterArgument(argument);
                break;
            case ListValueNode:
                var listType = TypeFacts.Nullable(InputType);
                var itemType = listType is ListType list ? list.OfType : listType;
                defaultValueStack.Add(false);
                inputTypeStack.Add(TypeFacts.IsInput(itemType) ? itemType : null);
                break;
            case ObjectFieldNode objectField:
                var inputField = TypeFacts.Named(InputType) is InputObjectType inputObject
                    ? TypeFacts.InputFieldOf(inputObject, objectField.Name.Value)
                    : null;
                defaultValueStack.Add(inputField is not null && TypeFacts.HasDefault(inputField));
                inputTypeStack.Add(inputField?.Type is { } inputFieldType && TypeFacts.IsInput(inputFieldType) ? inputFieldType : null);
                break;
        }
    }

    /// <summary>Moves out of a node.</summary>
    public void Leave(Node node)
    {
        switch (node)
        {
            case SelectionSetNode:
                Pop(parentTypeStack);
                break;
            case FieldNode:
                Pop(fieldDefStack);
                Pop(typeStack);
                break;
            case DirectiveNode:
                Directive = null;
                break;
            case OperationDefinitionNode or InlineFragmentNode or FragmentDefinitionNode:
                Pop(typeStack);
                break;
            case VariableDefinitionNode:
                Pop(inputTypeStack);
                break;
            case ArgumentNode:
                Argument = null;
                Pop(defaultValueStack);
                Pop(inputTypeStack);
                break;
            case ListValueNode or ObjectFieldNode:
                Pop(defaultValueStack);
                Pop(inputTypeStack);
                break;
        }
    }

    private void EnterArgument(ArgumentNode node)
    {
        IReadOnlyList<InputValueDefinition>? candidates = Directive is { } directive ? TypeFacts.ArgumentsOf(directive) : FieldDef is { } field ? TypeFacts.ArgumentsOf(field) : null;
        InputValueDefinition? definition = null;
        if (candidates is not null)
        {
            foreach (var candidate in candidates)
            {
                if (candidate.Name == node.Name.Value)
                {
                    definition = candidate;
                    break;
                }
            }
        }
        Argument = definition;
        defaultValueStack.Add(definition is not null && TypeFacts.HasDefault(definition));
        inputTypeStack.Add(definition?.Type is { } type && TypeFacts.IsInput(type) ? type : null);
    }

    private static T? Top<T>(List<T?> stack)
        where T : class => stack.Count > 0 ? stack[^1] : null;

    private static void Pop<T>(List<T> stack) => stack.RemoveAt(stack.Count - 1);
}
