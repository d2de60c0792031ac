using Gaoqing.Graph.GraphQL.Execution;
using Gaoqing.Graph.GraphQL.Language;
using Gaoqing.Graph.GraphQL.Language.Ast;

namespace Gaoqing.Graph.GraphQL.Types;

/// <summary>
/// Builds a schema from SDL like graphql-js's <c>buildSchema</c>: extensions merged, @deprecated, @specifiedBy
/// and @oneOf honoured. Fields without resolvers read properties of JSON elements, dictionaries or objects,
/// and abstract types resolve through a <c>__typename</c> property.
/// </summary>
public static class SchemaFromSdl
{
    /// <summary>Parses, checks the SDL rules and builds; throws <see cref="GraphQLError"/> or <see cref="SchemaValidationException"/>.</summary>
    public static Schema Build(string sdl, bool validate = true) => Build(Parser.Parse(sdl, ParseOptions.Unlimited), validate);

    /// <summary>Builds from a parsed SDL document.</summary>
    public static Schema Build(DocumentNode document, bool validate = true)
    {
        if (validate && SdlChecker.Check(document) is { Count: > 0 } errors)
        {
            throw new SchemaValidationException(errors);
        }
        var builder = ToBuilder(document);
        return validate ? builder.Build() : builder.BuildUnvalidated();
    }

    /// <summary>The SDL as a <see cref="SchemaBuilder"/>, so code can attach resolvers before building.</summary>
    public static SchemaBuilder ToBuilder(DocumentNode document)
    {
        var builder = new SchemaBuilder();
        var extensions = new Dictionary<string, List<TypeExtensionNode>>(StringComparer.Ordinal);
        SchemaDefinitionNode? schemaDefinition = null;
        var schemaExtensions = new List<SchemaExtensionNode>();
        foreach (var definition in document.Definitions)
        {
            switch (definition)
            {
                case TypeExtensionNode extension:
                    if (!extensions.TryGetValue(extension.Name.Value, out var list))
                    {
                        extensions[extension.Name.Value] = list = [];
                    }
                    list.Add(extension);
                    break;
                case SchemaDefinitionNode schema:
                    schemaDefinition = schema;
                    break;
                case SchemaExtensionNode schemaExtension:
                    schemaExtensions.Add(schemaExtension);
                    break;
            }
        }
        foreach (var definition in document.Definitions)
        {
            switch (definition)
            {
                case TypeDefinitionNode type:
                    AddType(builder, type, extensions.GetValueOrDefault(type.Name.Value) ?? []);
                    break;
                case DirectiveDefinitionNode directive:
                    builder.AddDirective(directive);
                    break;
            }
        }
        var roots = new Dictionary<OperationType, string>();
        foreach (var operationType in (schemaDefinition?.OperationTypes ?? []).Concat(schemaExtensions.SelectMany(e => e.OperationTypes)))
        {
            roots[operationType.Operation] = operationType.Type.Name.Value;
        }
        if (schemaDefinition is not null || roots.Count > 0)
        {
            builder.Roots(roots.GetValueOrDefault(OperationType.Query), roots.GetValueOrDefault(OperationType.Mutation), roots.GetValueOrDefault(OperationType.Subscription));
        }
        builder.Description(schemaDefinition?.Description?.Value);
        builder.SchemaNode = schemaDefinition;
        return builder;
    }

    private static void AddType(SchemaBuilder builder, TypeDefinitionNode node, List<TypeExtensionNode> extensions)
    {
        var description = node.Description?.Value;
        switch (node)
        {
            case ScalarTypeDefinitionNode:
                var url = SpecifiedByUrl(node.Directives) ?? extensions.Select(e => SpecifiedByUrl(e.Directives)).FirstOrDefault(u => u is not null);
                builder.Scalar(new ScalarType(node.Name.Value, description: description, specifiedByUrl: url) { AstNode = node });
                break;
            case CompositeTypeDefinitionNode composite:
                var compositeExtensions = extensions.OfType<CompositeTypeExtensionNode>().ToList();
                Action<FieldsTypeBuilder> configure = t =>
                {
                    t.Description(description).Implements([.. composite.Interfaces.Concat(compositeExtensions.SelectMany(e => e.Interfaces)).Select(i => i.Name.Value)]);
                    t.Node = composite;
                    foreach (var field in composite.Fields.Concat(compositeExtensions.SelectMany(e => e.Fields)))
                    {
                        t.Field(field.Name.Value, field.Type, f => ConfigureField(f, field));
                    }
                };
                if (node is InterfaceTypeDefinitionNode)
                {
                    builder.Interface(node.Name.Value, configure);
                }
                else
                {
                    builder.Object(node.Name.Value, configure);
                }
                break;
            case UnionTypeDefinitionNode union:
                var members = union.Types.Concat(extensions.OfType<UnionTypeExtensionNode>().SelectMany(e => e.Types)).Select(t => t.Name.Value);
                builder.Union(node.Name.Value, members, description, node: union);
                break;
            case EnumTypeDefinitionNode enumNode:
                builder.Enum(node.Name.Value, e =>
                {
                    e.Description(description);
                    e.Node = enumNode;
                    foreach (var value in enumNode.Values.Concat(extensions.OfType<EnumTypeExtensionNode>().SelectMany(x => x.Values)))
                    {
                        e.Value(value.Name.Value, value.Name.Value, value.Description?.Value, DeprecationReason(value.Directives));
                    }
                });
                break;
            case InputObjectTypeDefinitionNode input:
                builder.Input(node.Name.Value, i =>
                {
                    i.Description(description);
                    i.Node = input;
                    if (HasDirective(input.Directives, "oneOf"))
                    {
                        i.IsOneOf();
                    }
                    foreach (var field in input.Fields.Concat(extensions.OfType<InputObjectTypeExtensionNode>().SelectMany(x => x.Fields)))
                    {
                        i.Field(field.Name.Value, field.Type, v => ConfigureInputValue(v, field));
                    }
                });
                break;
        }
    }

    private static void ConfigureField(FieldBuilder field, FieldDefinitionNode node)
    {
        field.Description(node.Description?.Value);
        field.Node = node;
        if (DeprecationReason(node.Directives) is { } reason)
        {
            field.Deprecated(reason);
        }
        foreach (var argument in node.Arguments)
        {
            field.Argument(argument.Name.Value, argument.Type, a => ConfigureInputValue(a, argument));
        }
    }

    internal static void ConfigureInputValue(InputValueBuilder value, InputValueDefinitionNode node)
    {
        value.Description(node.Description?.Value);
        value.Node = node;
        if (node.DefaultValue is not null)
        {
            value.DefaultNode(node.DefaultValue);
        }
        if (DeprecationReason(node.Directives) is { } reason)
        {
            value.Deprecated(reason);
        }
    }

    internal static string? DeprecationReason(IReadOnlyList<DirectiveNode> directives)
    {
        var values = ArgumentValues.ForDirective(BuiltInDirectives.Deprecated, directives, null);
        return values is null ? null : values.TryGetValue("reason", out var reason) ? reason as string : null;
    }

    private static string? SpecifiedByUrl(IReadOnlyList<DirectiveNode> directives) =>
        ArgumentValues.ForDirective(BuiltInDirectives.SpecifiedBy, directives, null)?["url"] as string;

    private static bool HasDirective(IReadOnlyList<DirectiveNode> directives, string name) =>
        directives.Any(d => d.Name.Value == name);
}
