using Gaoqing.Graph.GraphQL.Language;
using Gaoqing.Graph.GraphQL.Language.Ast;

namespace Gaoqing.Graph.GraphQL.Tests.Language;

/// <summary>The walker visits in graphql-js order with skip and break; the transformer replaces nodes.</summary>
public sealed class VisitorTests
{
    private sealed class Recorder(Func<Node, VisitAction> onEnter) : AstVisitor
    {
        public List<string> Events { get; } = [];

        public override VisitAction Enter(Node node, IReadOnlyList<Node> ancestors)
        {
            Events.Add($"enter {node.Kind} {ancestors.Count}");
            return onEnter(node);
        }

        public override VisitAction Leave(Node node, IReadOnlyList<Node> ancestors)
        {
            Events.Add($"leave {node.Kind}");
            return VisitAction.Continue;
        }
    }

    [Fact]
    public void Skip_leaves_out_children_and_break_stops_the_walk()
    {
        var document = Parser.Parse("{ a(x: 1) { b } c }");
        var skipping = new Recorder(n => n is FieldNode { Name.Value: "a" } ? VisitAction.Skip : VisitAction.Continue);
        AstWalker.Walk(document, skipping);
        Assert.Equal(
            ["enter Document 0", "enter OperationDefinition 1", "enter SelectionSet 2", "enter Field 3", "enter Field 3", "enter Name 4", "leave Name", "leave Field", "leave SelectionSet", "leave OperationDefinition", "leave Document"],
            skipping.Events);

        var breaking = new Recorder(n => n is IntValueNode ? VisitAction.Break : VisitAction.Continue);
        AstWalker.Walk(document, breaking);
        Assert.Equal("enter IntValue 5", breaking.Events[^1]);
    }

    [Fact]
    public void Transformer_replaces_nodes_and_shares_untouched_subtrees()
    {
        var document = Parser.Parse("query { a(x: $v) { b } c(y: [$v, 2]) d }");
        var transformed = AstTransformer.Transform(document, node => node is VariableNode ? new IntValueNode { Value = "7" } : node);

        Assert.Equal("{\n  a(x: 7) {\n    b\n  }\n  c(y: [7, 2])\n  d\n}", Printer.Print(transformed));
        Assert.Equal("{\n  a(x: $v) {\n    b\n  }\n  c(y: [$v, 2])\n  d\n}", Printer.Print(document));
        var before = ((OperationDefinitionNode)document.Definitions[0]).SelectionSet.Selections;
        var after = ((OperationDefinitionNode)transformed.Definitions[0]).SelectionSet.Selections;
        Assert.Same(before[2], after[2]);
        Assert.Same(((FieldNode)before[0]).SelectionSet, ((FieldNode)after[0]).SelectionSet);
    }
}
