using Gaoqing.Graph.GraphQL.Introspection;

namespace Gaoqing.Graph.GraphQL.Types;

/// <summary>Checks a schema against the type system rules (graphql-js <c>validateSchema</c>), with its messages.</summary>
public static class SchemaValidator
{
    /// <summary>Every rule broken by the schema; empty when valid.</summary>
    public static IReadOnlyList<GraphQLError> Validate(Schema schema)
    {
        var errors = new List<GraphQLError>();
        void Report(string message) => errors.Add(new GraphQLError(message));
        if (schema.Query is null)
        {
            Report("Query root type must be provided.");
        }
        var roots = new[] { ("query", schema.Query), ("mutation", schema.Mutation), ("subscription", schema.Subscription) };
        foreach (var group in roots.Where(r => r.Item2 is not null).GroupBy(r => r.Item2!.Name).Where(g => g.Count() > 1))
        {
            var kinds = group.Select(g => g.Item1).ToList();
            Report($"All root types must be different, \"{group.Key}\" type is used as {string.Join(" and ", kinds)} root types.");
        }
        foreach (var directive in schema.Directives)
        {
            ValidateName(directive.Name, Report);
            foreach (var argument in directive.Arguments)
            {
                ValidateName(argument.Name, Report);
                if (!argument.Type.IsInputType)
                {
                    Report($"The type of @{directive.Name}({argument.Name}:) must be Input Type but got: {argument.Type}.");
                }
                if (argument.Type is NonNullType && !argument.HasDefaultValue && argument.DeprecationReason is not null)
                {
                    Report($"Required argument @{directive.Name}({argument.Name}:) cannot be deprecated.");
                }
            }
        }
        foreach (var type in schema.Types)
        {
            if (!IntrospectionTypes.IsIntrospectionType(type.Name))
            {
                ValidateName(type.Name, Report);
            }
            switch (type)
            {
                case FieldsType fieldsType:
                    ValidateFields(fieldsType, Report);
                    ValidateInterfaces(schema, fieldsType, Report);
                    break;
                case UnionType union:
                    if (union.Types.Count == 0)
                    {
                        Report($"Union type {union.Name} must define one or more member types.");
                    }
                    foreach (var duplicate in union.Types.GroupBy(t => t.Name).Where(g => g.Count() > 1))
                    {
                        Report($"Union type {union.Name} can only include type {duplicate.Key} once.");
                    }
                    break;
                case EnumType enumType:
                    if (enumType.Values.Count == 0)
                    {
                        Report($"Enum type {enumType.Name} must define one or more values.");
                    }
                    foreach (var value in enumType.Values)
                    {
                        ValidateName(value.Name, Report);
                    }
                    break;
                case InputObjectType input:
                    ValidateInputFields(input, Report);
                    break;
            }
        }
        InputCycleDetector.Report(schema, Report);
        return errors;
    }

    private static void ValidateName(string name, Action<string> report)
    {
        if (name.StartsWith("__", StringComparison.Ordinal))
        {
            report($"Name \"{name}\" must not begin with \"__\", which is reserved by GraphQL introspection.");
        }
    }

    private static void ValidateFields(FieldsType type, Action<string> report)
    {
        if (type.Fields.Count == 0)
        {
            report($"Type {type.Name} must define one or more fields.");
        }
        foreach (var field in type.Fields)
        {
            ValidateName(field.Name, report);
            if (!field.Type.IsOutputType)
            {
                report($"The type of {type.Name}.{field.Name} must be Output Type but got: {field.Type}.");
            }
            foreach (var argument in field.Arguments)
            {
                ValidateName(argument.Name, report);
                if (!argument.Type.IsInputType)
                {
                    report($"The type of {type.Name}.{field.Name}({argument.Name}:) must be Input Type but got: {argument.Type}.");
                }
                if (argument.Type is NonNullType && !argument.HasDefaultValue && argument.DeprecationReason is not null)
                {
                    report($"Required argument {type.Name}.{field.Name}({argument.Name}:) cannot be deprecated.");
                }
            }
        }
    }

    private static void ValidateInterfaces(Schema schema, FieldsType type, Action<string> report)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var implemented in type.Interfaces)
        {
            if (ReferenceEquals(implemented, type))
            {
                report($"Type {type.Name} cannot implement itself because it would create a circular reference.");
                continue;
            }
            if (!seen.Add(implemented.Name))
            {
                report($"Type {type.Name} can only implement {implemented.Name} once.");
                continue;
            }
            foreach (var transitive in implemented.Interfaces)
            {
                if (!type.Interfaces.Contains(transitive))
                {
                    report(ReferenceEquals(transitive, type)
                        ? $"Type {type.Name} cannot implement {implemented.Name} because it would create a circular reference."
                        : $"Type {type.Name} must implement {transitive.Name} because it is implemented by {implemented.Name}.");
                }
            }
            ValidateImplementation(schema, type, implemented, report);
        }
    }

    private static void ValidateImplementation(Schema schema, FieldsType type, InterfaceType implemented, Action<string> report)
    {
        foreach (var interfaceField in implemented.Fields)
        {
            var name = interfaceField.Name;
            var typeField = type.FindField(name);
            if (typeField is null)
            {
                report($"Interface field {implemented.Name}.{name} expected but {type.Name} does not provide it.");
                continue;
            }
            if (!TypeComparators.IsSubType(schema, typeField.Type, interfaceField.Type))
            {
                report($"Interface field {implemented.Name}.{name} expects type {interfaceField.Type} but {type.Name}.{name} is type {typeField.Type}.");
            }
            foreach (var interfaceArgument in interfaceField.Arguments)
            {
                var typeArgument = typeField.FindArgument(interfaceArgument.Name);
                if (typeArgument is null)
                {
                    report($"Interface field argument {implemented.Name}.{name}({interfaceArgument.Name}:) expected but {type.Name}.{name} does not provide it.");
                }
                else if (!TypeComparators.IsEqualType(interfaceArgument.Type, typeArgument.Type))
                {
                    report($"Interface field argument {implemented.Name}.{name}({interfaceArgument.Name}:) expects type {interfaceArgument.Type} but {type.Name}.{name}({interfaceArgument.Name}:) is type {typeArgument.Type}.");
                }
            }
            foreach (var typeArgument in typeField.Arguments)
            {
                if (interfaceField.FindArgument(typeArgument.Name) is null && typeArgument.Type is NonNullType && !typeArgument.HasDefaultValue)
                {
                    report($"Argument \"{type.Name}.{name}({typeArgument.Name}:)\" must not be required type \"{typeArgument.Type}\" if not provided by the Interface field \"{implemented.Name}.{name}\".");
                }
            }
        }
    }

    private static void ValidateInputFields(InputObjectType input, Action<string> report)
    {
        if (input.Fields.Count == 0)
        {
            report($"Input Object type {input.Name} must define one or more fields.");
        }
        foreach (var field in input.Fields)
        {
            ValidateName(field.Name, report);
            if (!field.Type.IsInputType)
            {
                report($"The type of {input.Name}.{field.Name} must be Input Type but got: {field.Type}.");
            }
            if (field.Type is NonNullType && !field.HasDefaultValue && field.DeprecationReason is not null)
            {
                report($"Required input field {input.Name}.{field.Name} cannot be deprecated.");
            }
            if (input.IsOneOf)
            {
                if (field.Type is NonNullType)
                {
                    report($"OneOf input field {input.Name}.{field.Name} must be nullable.");
                }
                if (field.HasDefaultValue)
                {
                    report($"OneOf input field {input.Name}.{field.Name} cannot have a default value.");
                }
            }
        }
    }
}
