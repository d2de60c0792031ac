using Gaoqing.Graph.GraphQL.Language.Ast;

namespace Gaoqing.Graph.GraphQL.Language;

/// <summary>Printing of type system definitions and extensions.</summary>
public static partial class Printer
{
    private static string PrintTypeSystem(Node node) => node switch
    {
        SchemaDefinitionNode n => Description(n.Description) + JoinParts(" ", "schema", Join(n.Directives, " "), Block(n.OperationTypes)),
        OperationTypeDefinitionNode n => OperationName(n.Operation) + ": " + n.Type.Name.Value,
        ScalarTypeDefinitionNode n => Description(n.Description) + JoinParts(" ", "scalar", n.Name.Value, Join(n.Directives, " ")),
        ObjectTypeDefinitionNode n => Description(n.Description) + Composite("type", n.Name, n.Interfaces, n.Directives, n.Fields),
        InterfaceTypeDefinitionNode n => Description(n.Description) + Composite("interface", n.Name, n.Interfaces, n.Directives, n.Fields),
        FieldDefinitionNode n => Description(n.Description) + n.Name.Value + Arguments(n.Arguments) + ": " + Print(n.Type) + Wrap(" ", Join(n.Directives, " ")),
        InputValueDefinitionNode n => Description(n.Description) + JoinParts(" ", n.Name.Value + ": " + Print(n.Type), Wrap("= ", Print(n.DefaultValue)), Join(n.Directives, " ")),
        UnionTypeDefinitionNode n => Description(n.Description) + JoinParts(" ", "union", n.Name.Value, Join(n.Directives, " "), Wrap("= ", Join(n.Types, " | "))),
        EnumTypeDefinitionNode n => Description(n.Description) + JoinParts(" ", "enum", n.Name.Value, Join(n.Directives, " "), Block(n.Values)),
        EnumValueDefinitionNode n => Description(n.Description) + JoinParts(" ", n.Name.Value, Join(n.Directives, " ")),
        InputObjectTypeDefinitionNode n => Description(n.Description) + JoinParts(" ", "input", n.Name.Value, Join(n.Directives, " "), Block(n.Fields)),
        DirectiveDefinitionNode n => Description(n.Description) + "directive @" + n.Name.Value + Arguments(n.Arguments) + (n.Repeatable ? " repeatable" : string.Empty) + " on " + Join(n.Locations, " | "),
        SchemaExtensionNode n => JoinParts(" ", "extend schema", Join(n.Directives, " "), Block(n.OperationTypes)),
        ScalarTypeExtensionNode n => JoinParts(" ", "extend scalar", n.Name.Value, Join(n.Directives, " ")),
        ObjectTypeExtensionNode n => Composite("extend type", n.Name, n.Interfaces, n.Directives, n.Fields),
        InterfaceTypeExtensionNode n => Composite("extend interface", n.Name, n.Interfaces, n.Directives, n.Fields),
        UnionTypeExtensionNode n => JoinParts(" ", "extend union", n.Name.Value, Join(n.Directives, " "), Wrap("= ", Join(n.Types, " | "))),
        EnumTypeExtensionNode n => JoinParts(" ", "extend enum", n.Name.Value, Join(n.Directives, " "), Block(n.Values)),
        InputObjectTypeExtensionNode n => JoinParts(" ", "extend input", n.Name.Value, Join(n.Directives, " "), Block(n.Fields)),
        _ => throw new ArgumentException("Unknown node kind " + node.Kind + ".", nameof(node)),
    };

    private static string OperationName(OperationType operation) => operation switch
    {
        OperationType.Query => "query",
        OperationType.Mutation => "mutation",
        _ => "subscription",
    };

    private static string Description(StringValueNode? description) => description is null ? string.Empty : Print(description) + "\n";

    private static string Composite(string keyword, NameNode name, IReadOnlyList<NamedTypeNode> interfaces, IReadOnlyList<DirectiveNode> directives, IReadOnlyList<FieldDefinitionNode> fields) =>
        JoinParts(" ", keyword, name.Value, Wrap("implements ", Join(interfaces, " & ")), Join(directives, " "), Block(fields));

    private static string Arguments(IReadOnlyList<InputValueDefinitionNode> arguments)
    {
        var hasMultiline = false;
        foreach (var argument in arguments)
        {
            hasMultiline |= Print(argument).Contains('\n');
        }
        return hasMultiline
            ? Wrap("(\n", Indent(Join(arguments, "\n")), "\n)")
            : Wrap("(", Join(arguments, ", "), ")");
    }
}
