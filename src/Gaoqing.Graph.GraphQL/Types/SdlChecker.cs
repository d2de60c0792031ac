using Gaoqing.Graph.GraphQL.Language.Ast;

namespace Gaoqing.Graph.GraphQL.Types;

/// <summary>
/// The SDL rules graphql-js's <c>buildSchema</c> checks before building (unique names, known directives,
/// extensions of defined types, one schema definition), with its messages and locations.
/// </summary>
internal static class SdlChecker
{
    public static List<GraphQLError> Check(DocumentNode document)
    {
        var errors = new List<GraphQLError>();
        var typeNames = new Dictionary<string, NameNode>(StringComparer.Ordinal);
        var directiveNames = new Dictionary<string, NameNode>(StringComparer.Ordinal);
        var schemaDefinitions = 0;
        foreach (var definition in document.Definitions)
        {
            switch (definition)
            {
                case SchemaDefinitionNode schema when ++schemaDefinitions > 1:
                    errors.Add(GraphQLError.At("Must provide only one schema definition.", [schema]));
                    break;
                case TypeDefinitionNode type when !typeNames.TryAdd(type.Name.Value, type.Name):
                    errors.Add(GraphQLError.At($"There can be only one type named \"{type.Name.Value}\".", [typeNames[type.Name.Value], type.Name]));
                    break;
                case DirectiveDefinitionNode directive when !directiveNames.TryAdd(directive.Name.Value, directive.Name):
                    errors.Add(GraphQLError.At($"There can be only one directive named \"@{directive.Name.Value}\".", [directiveNames[directive.Name.Value], directive.Name]));
                    break;
            }
        }
        var fieldNames = new Dictionary<string, NameNode>(StringComparer.Ordinal);
        foreach (var definition in document.Definitions)
        {
            switch (definition)
            {
                case TypeExtensionNode extension when !typeNames.ContainsKey(extension.Name.Value) && !IsBuiltInScalar(extension.Name.Value):
                    var suggestions = Suggestions.List(extension.Name.Value, typeNames.Keys);
                    errors.Add(GraphQLError.At($"Cannot extend type \"{extension.Name.Value}\" because it is not defined." + Suggestions.DidYouMean(suggestions), [extension.Name]));
                    break;
                case DirectiveDefinitionNode directive:
                    CheckArguments("@" + directive.Name.Value, directive.Arguments, errors);
                    break;
            }
            var typeName = definition switch
            {
                TypeDefinitionNode t => t.Name.Value,
                TypeExtensionNode e => e.Name.Value,
                _ => null,
            };
            foreach (var (memberName, node, kind) in Members(definition))
            {
                var key = typeName + "." + memberName;
                if (!fieldNames.TryAdd(key, node))
                {
                    errors.Add(GraphQLError.At($"{kind} \"{key}\" can only be defined once.", [fieldNames[key], node]));
                }
            }
            foreach (var field in (definition as CompositeTypeDefinitionNode)?.Fields ?? (definition as CompositeTypeExtensionNode)?.Fields ?? [])
            {
                CheckArguments(typeName + "." + field.Name.Value, field.Arguments, errors);
            }
        }
        CheckOperationTypes(document, errors);
        CheckDirectiveUses(document, directiveNames, errors);
        return errors;
    }

    private static IEnumerable<(string Name, NameNode Node, string Kind)> Members(DefinitionNode definition) => definition switch
    {
        CompositeTypeDefinitionNode t => t.Fields.Select(f => (f.Name.Value, f.Name, "Field")),
        CompositeTypeExtensionNode e => e.Fields.Select(f => (f.Name.Value, f.Name, "Field")),
        InputObjectTypeDefinitionNode i => i.Fields.Select(f => (f.Name.Value, f.Name, "Field")),
        InputObjectTypeExtensionNode i => i.Fields.Select(f => (f.Name.Value, f.Name, "Field")),
        EnumTypeDefinitionNode e => e.Values.Select(v => (v.Name.Value, v.Name, "Enum value")),
        EnumTypeExtensionNode e => e.Values.Select(v => (v.Name.Value, v.Name, "Enum value")),
        _ => [],
    };

    private static void CheckArguments(string owner, IReadOnlyList<InputValueDefinitionNode> arguments, List<GraphQLError> errors)
    {
        foreach (var group in arguments.GroupBy(a => a.Name.Value).Where(g => g.Count() > 1))
        {
            errors.Add(GraphQLError.At($"Argument \"{owner}({group.Key}:)\" can only be defined once.", group.Select(a => a.Name)));
        }
    }

    private static void CheckOperationTypes(DocumentNode document, List<GraphQLError> errors)
    {
        var seen = new HashSet<OperationType>();
        foreach (var definition in document.Definitions)
        {
            var operationTypes = definition switch
            {
                SchemaDefinitionNode schema => schema.OperationTypes,
                SchemaExtensionNode extension => extension.OperationTypes,
                _ => [],
            };
            foreach (var operationType in operationTypes)
            {
                if (!seen.Add(operationType.Operation))
                {
                    errors.Add(GraphQLError.At($"There can be only one {operationType.Operation.ToString().ToLowerInvariant()} type in schema.", [operationType]));
                }
            }
        }
    }

    private static void CheckDirectiveUses(DocumentNode document, Dictionary<string, NameNode> declared, List<GraphQLError> errors)
    {
        var collector = new DirectiveCollector();
        Language.AstWalker.Walk(document, collector);
        foreach (var directive in collector.Directives)
        {
            var name = directive.Name.Value;
            if (!declared.ContainsKey(name) && !BuiltInDirectives.IsSpecified(name))
            {
                errors.Add(GraphQLError.At($"Unknown directive \"@{name}\".", [directive]));
            }
        }
    }

    private static bool IsBuiltInScalar(string name) => name is "String" or "Int" or "Float" or "Boolean" or "ID";

    private sealed class DirectiveCollector : Language.AstVisitor
    {
        public List<DirectiveNode> Directives { get; } = [];

        public override Language.VisitAction Enter(Node node, IReadOnlyList<Node> ancestors)
        {
            if (node is DirectiveNode directive)
            {
                Directives.Add(directive);
            }
            return Language.VisitAction.Continue;
        }
    }
}
