using Gaoqing.Graph.GraphQL.Language;
using Gaoqing.Graph.GraphQL.Language.Ast;
using Gaoqing.Graph.GraphQL.Types;

namespace Gaoqing.Graph.GraphQL.Validation.Rules;

/// <summary>Spec 5.6.1 Values of Correct Type: every literal can be coerced to the input type of its position.</summary>
public sealed class ValuesOfCorrectTypeRule(ValidationContext context) : ValidationRule(context)
{
    private static readonly NodeKind[] Visited = [NodeKind.ListValue, NodeKind.ObjectValue, NodeKind.ObjectField, NodeKind.NullValue, NodeKind.EnumValue, NodeKind.IntValue, NodeKind.FloatValue, NodeKind.StringValue, NodeKind.BooleanValue];

    /// <inheritdoc />
    public override IReadOnlyCollection<NodeKind>? Kinds => Visited;

    /// <inheritdoc />
    public override bool Enter(Node node)
    {
        var info = Context.TypeInfo;
        switch (node)
        {
            case ListValueNode list:
                if (TypeFacts.Nullable(info.ParentInputType) is not ListType)
                {
                    CheckLeaf(list);
                    return false;
                }
                break;
            case ObjectValueNode objectValue:
                if (TypeFacts.Named(info.InputType) is not InputObjectType inputObject)
                {
                    CheckLeaf(objectValue);
                    return false;
                }
                CheckObject(objectValue, inputObject);
                break;
            case ObjectFieldNode field:
                if (info.InputType is null && TypeFacts.Named(info.ParentInputType) is InputObjectType parent)
                {
                    var suggestions = Suggestions.List(field.Name.Value, TypeFacts.InputFieldsOf(parent).Select(f => f.Name));
                    Report($"Field \"{field.Name.Value}\" is not defined by type \"{TypeFacts.Print(parent)}\"." + Suggestions.DidYouMean(suggestions), field);
                }
                break;
            case NullValueNode nullValue:
                if (info.InputType is NonNullType nonNull)
                {
                    Report($"Expected value of type \"{TypeFacts.Print(nonNull)}\", found {Printer.Print(nullValue)}.", nullValue);
                }
                break;
            case EnumValueNode or IntValueNode or FloatValueNode or StringValueNode or BooleanValueNode:
                CheckLeaf((ValueNode)node);
                break;
        }
        return true;
    }

    private void CheckObject(ObjectValueNode node, InputObjectType type)
    {
        var given = new Dictionary<string, ObjectFieldNode>(StringComparer.Ordinal);
        var keys = new List<string>();
        foreach (var field in node.Fields)
        {
            if (given.TryAdd(field.Name.Value, field))
            {
                keys.Add(field.Name.Value);
            }
            else
            {
                given[field.Name.Value] = field;
            }
        }
        foreach (var field in TypeFacts.InputFieldsOf(type))
        {
            if (!given.ContainsKey(field.Name) && TypeFacts.IsRequired(field))
            {
                Report($"Field \"{TypeFacts.Print(type)}.{field.Name}\" of required type \"{TypeFacts.Print(field.Type)}\" was not provided.", node);
            }
        }
        if (!TypeFacts.IsOneOf(type))
        {
            return;
        }
        if (keys.Count != 1)
        {
            Report($"OneOf Input Object \"{TypeFacts.Print(type)}\" must specify exactly one key.", node);
        }
        else if (given[keys[0]].Value is NullValueNode)
        {
            Report($"Field \"{TypeFacts.Print(type)}.{keys[0]}\" must be non-null.", node);
        }
    }

    private void CheckLeaf(ValueNode node)
    {
        if (Context.TypeInfo.InputType is not { } locationType)
        {
            return;
        }
        var type = TypeFacts.Named(locationType);
        if (!TypeFacts.IsLeaf(type))
        {
            Report($"Expected value of type \"{TypeFacts.Print(locationType)}\", found {Printer.Print(node)}.", node);
            return;
        }
        var expected = $"Expected value of type \"{TypeFacts.Print(locationType)}\", found {Printer.Print(node)}";
        if (TypeFacts.LiteralError(type!, node, expected) is { } error)
        {
            Context.ReportError(error);
        }
    }
}
