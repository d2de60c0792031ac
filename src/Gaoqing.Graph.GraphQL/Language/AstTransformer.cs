using Gaoqing.Graph.GraphQL.Language.Ast;

namespace Gaoqing.Graph.GraphQL.Language;

/// <summary>
/// Rebuilds an executable document bottom-up, letting a function replace any node after its children were
/// transformed (the "replace" half of graphql-js's visitor). Unchanged subtrees are shared, not copied;
/// type system definitions are passed to the function whole.
/// </summary>
public static class AstTransformer
{
    /// <summary>Transforms <paramref name="node"/>; <paramref name="leave"/> returns the node itself or its replacement.</summary>
    public static T Transform<T>(T node, Func<Node, Node> leave)
        where T : Node => (T)leave(Rebuild(node, leave));

    private static Node Rebuild(Node node, Func<Node, Node> leave) => node switch
    {
        DocumentNode n => Same(n.Definitions, leave, out var d) ? n : new DocumentNode { Definitions = d, Location = n.Location },
        OperationDefinitionNode n => Changed(n, leave, out var vars, out var dirs, out var set)
            ? new OperationDefinitionNode { Description = n.Description, Operation = n.Operation, Name = n.Name, VariableDefinitions = vars, Directives = dirs, SelectionSet = set, Location = n.Location }
            : n,
        FragmentDefinitionNode n => Fragment(n, leave),
        SelectionSetNode n => Same(n.Selections, leave, out var s) ? n : new SelectionSetNode { Selections = s, Location = n.Location },
        FieldNode n => Field(n, leave),
        FragmentSpreadNode n => Same(n.Directives, leave, out var dirs) ? n : new FragmentSpreadNode { Name = n.Name, Directives = dirs, Location = n.Location },
        InlineFragmentNode n => Inline(n, leave),
        DirectiveNode n => Same(n.Arguments, leave, out var a) ? n : new DirectiveNode { Name = n.Name, Arguments = a, Location = n.Location },
        ArgumentNode n => Transform(n.Value, leave) is var v && ReferenceEquals(v, n.Value) ? n : new ArgumentNode { Name = n.Name, Value = v, Location = n.Location },
        VariableDefinitionNode n => VariableDefinition(n, leave),
        ListValueNode n => Same(n.Values, leave, out var values) ? n : new ListValueNode { Values = values, Location = n.Location },
        ObjectValueNode n => Same(n.Fields, leave, out var fields) ? n : new ObjectValueNode { Fields = fields, Location = n.Location },
        ObjectFieldNode n => Transform(n.Value, leave) is var fv && ReferenceEquals(fv, n.Value) ? n : new ObjectFieldNode { Name = n.Name, Value = fv, Location = n.Location },
        _ => node,
    };

    private static bool Changed(OperationDefinitionNode n, Func<Node, Node> leave, out IReadOnlyList<VariableDefinitionNode> variables, out IReadOnlyList<DirectiveNode> directives, out SelectionSetNode selectionSet)
    {
        var same = Same(n.VariableDefinitions, leave, out variables);
        same &= Same(n.Directives, leave, out directives);
        selectionSet = Transform(n.SelectionSet, leave);
        return !same || !ReferenceEquals(selectionSet, n.SelectionSet);
    }

    private static Node Field(FieldNode n, Func<Node, Node> leave)
    {
        var same = Same(n.Arguments, leave, out var arguments);
        same &= Same(n.Directives, leave, out var directives);
        var selectionSet = n.SelectionSet is null ? null : Transform(n.SelectionSet, leave);
        return same && ReferenceEquals(selectionSet, n.SelectionSet)
            ? n
            : new FieldNode { Alias = n.Alias, Name = n.Name, Arguments = arguments, Directives = directives, SelectionSet = selectionSet, Location = n.Location };
    }

    private static Node Fragment(FragmentDefinitionNode n, Func<Node, Node> leave)
    {
        var same = Same(n.Directives, leave, out var directives);
        var selectionSet = Transform(n.SelectionSet, leave);
        return same && ReferenceEquals(selectionSet, n.SelectionSet)
            ? n
            : new FragmentDefinitionNode { Description = n.Description, Name = n.Name, TypeCondition = n.TypeCondition, Directives = directives, SelectionSet = selectionSet, Location = n.Location };
    }

    private static Node Inline(InlineFragmentNode n, Func<Node, Node> leave)
    {
        var same = Same(n.Directives, leave, out var directives);
        var selectionSet = Transform(n.SelectionSet, leave);
        return same && ReferenceEquals(selectionSet, n.SelectionSet)
            ? n
            : new InlineFragmentNode { TypeCondition = n.TypeCondition, Directives = directives, SelectionSet = selectionSet, Location = n.Location };
    }

    private static Node VariableDefinition(VariableDefinitionNode n, Func<Node, Node> leave)
    {
        var same = Same(n.Directives, leave, out var directives);
        var defaultValue = n.DefaultValue is null ? null : Transform(n.DefaultValue, leave);
        return same && ReferenceEquals(defaultValue, n.DefaultValue)
            ? n
            : new VariableDefinitionNode { Description = n.Description, Variable = n.Variable, Type = n.Type, DefaultValue = defaultValue, Directives = directives, Location = n.Location };
    }

    private static bool Same<T>(IReadOnlyList<T> nodes, Func<Node, Node> leave, out IReadOnlyList<T> result)
        where T : Node
    {
        List<T>? changed = null;
        for (var i = 0; i < nodes.Count; i++)
        {
            var transformed = Transform(nodes[i], leave);
            if (changed is null && !ReferenceEquals(transformed, nodes[i]))
            {
                changed = [.. nodes.Take(i)];
            }
            changed?.Add(transformed);
        }
        result = changed ?? nodes;
        return changed is null;
    }
}
