using System.Runtime.CompilerServices;
using System.Collections;
using System.Text;
using System.Text.Json;
using Gaoqing.Graph.GraphQL.Language;
using Gaoqing.Graph.GraphQL.Language.Ast;
using Gaoqing.Graph.GraphQL.Types;

namespace Gaoqing.Graph.GraphQL.Execution;

/// <summary>Coerces request variables to the operation's declared types (graphql-js <c>getVariableValues</c> and <c>coerceInputValue</c>).</summary>
public static class VariableValues
{
    private const int MaxErrors = 50;
    private const int MaxInputDepth = 512;

    /// <summary>Coerced variables, or the errors that stop execution.</summary>
    public static (Dictionary<string, object?>? Values, List<GraphQLError> Errors) Coerce(Schema schema, IReadOnlyList<VariableDefinitionNode> definitions, IReadOnlyDictionary<string, object?> inputs)
    {
        var errors = new List<GraphQLError>();
        var coerced = new Dictionary<string, object?>(StringComparer.Ordinal);
        try
        {
            foreach (var definition in definitions)
            {
                CoerceOne(schema, definition, inputs, coerced, error =>
                {
                    if (errors.Count >= MaxErrors)
                    {
                        throw new GraphQLError("Too many errors processing variables, error limit reached. Execution aborted.");
                    }
                    errors.Add(error);
                });
            }
        }
        catch (GraphQLError limit)
        {
            errors.Add(limit);
        }
        return errors.Count > 0 ? (null, errors) : (coerced, errors);
    }

    private static void CoerceOne(Schema schema, VariableDefinitionNode definition, IReadOnlyDictionary<string, object?> inputs, Dictionary<string, object?> coerced, Action<GraphQLError> onError)
    {
        var name = definition.Variable.Name.Value;
        var type = TypeFromAst(schema, definition.Type);
        if (type is null || !type.IsInputType)
        {
            onError(GraphQLError.At($"Variable \"${name}\" expected value of type \"{Printer.Print(definition.Type)}\" which cannot be used as an input type.", [definition.Type]));
            return;
        }
        if (!inputs.TryGetValue(name, out var input) || input is JsonElement { ValueKind: JsonValueKind.Undefined })
        {
            if (definition.DefaultValue is not null)
            {
                if (ValueFromAst.TryCoerce(definition.DefaultValue, type, null, out var defaultValue))
                {
                    coerced[name] = defaultValue;
                }
            }
            else if (type is NonNullType)
            {
                onError(GraphQLError.At($"Variable \"${name}\" of required type \"{type}\" was not provided.", [definition]));
            }
            return;
        }
        if (UntypedValue.Normalize(input) is null && type is NonNullType)
        {
            onError(GraphQLError.At($"Variable \"${name}\" of non-null type \"{type}\" must not be null.", [definition]));
            return;
        }
        coerced[name] = CoerceInput(input, type, [], (path, invalid, error) =>
        {
            var prefix = $"Variable \"${name}\" got invalid value {Inspect.Value(invalid)}";
            if (path.Count > 0)
            {
                prefix += $" at \"{name}{PrintPath(path)}\"";
            }
            onError(new GraphQLError(prefix + "; " + error.Message, [definition.Location!.StartLocation], null, null, error));
        });
    }

    /// <summary>Resolves a type reference against a schema, or null for unknown names.</summary>
    public static GraphQLType? TypeFromAst(Schema schema, TypeNode node) => node switch
    {
        NonNullTypeNode n => TypeFromAst(schema, n.Type) is { } inner ? new NonNullType(inner) : null,
        ListTypeNode l => TypeFromAst(schema, l.Type) is { } item ? new ListType(item) : null,
        NamedTypeNode named => schema.GetType(named.Name.Value),
        _ => null,
    };

    private static string PrintPath(List<object> path)
    {
        var builder = new StringBuilder();
        foreach (var key in path)
        {
            builder.Append(key is int index ? "[" + index + "]" : "." + key);
        }
        return builder.ToString();
    }

    /// <summary>Coerces an external input value (JSON or .NET) to an input type, reporting each problem with its path.</summary>
    public static object? CoerceInput(object? input, GraphQLType type, List<object> path, Action<List<object>, object?, GraphQLError> onError)
    {
        var value = UntypedValue.Normalize(input);
        if (path.Count > MaxInputDepth || !RuntimeHelpers.TryEnsureSufficientExecutionStack())
        {
            onError(path, null, new GraphQLError("Input value is nested too deeply to be coerced."));
            return null;
        }
        if (type is NonNullType nonNull)
        {
            if (value is not null)
            {
                return CoerceInput(value, nonNull.OfType, path, onError);
            }
            onError(path, value, new GraphQLError($"Expected non-nullable type \"{type}\" not to be null."));
            return null;
        }
        if (value is null)
        {
            return null;
        }
        switch (type)
        {
            case ListType list:
                if (AsList(value) is { } items)
                {
                    var result = new List<object?>();
                    var index = 0;
                    foreach (var item in items)
                    {
                        result.Add(CoerceInput(item, list.OfType, [.. path, index], onError));
                        index++;
                    }
                    return result;
                }
                return new List<object?> { CoerceInput(value, list.OfType, path, onError) };
            case InputObjectType inputObject:
                return CoerceObject(value, inputObject, path, onError);
            case ScalarType scalar:
                try
                {
                    return scalar.ParseValue(value);
                }
                catch (GraphQLError error)
                {
                    onError(path, value, error);
                    return null;
                }
            case EnumType enumType:
                if (value is not string s)
                {
                    onError(path, value, new GraphQLError($"Enum \"{enumType.Name}\" cannot represent non-string value: {Inspect.Value(value)}." + EnumSuggestion(enumType, Inspect.Value(value))));
                    return null;
                }
                if (enumType.FindValue(s) is { } enumValue)
                {
                    return enumValue.Value;
                }
                onError(path, value, new GraphQLError($"Value \"{s}\" does not exist in \"{enumType.Name}\" enum." + EnumSuggestion(enumType, s)));
                return null;
        }
        return null;
    }

    private static string EnumSuggestion(EnumType type, string unknown) =>
        Suggestions.DidYouMean(Suggestions.List(unknown, type.Values.Select(v => v.Name)), "the enum value");

    private static IEnumerable<object?>? AsList(object value) => value switch
    {
        JsonElement { ValueKind: JsonValueKind.Array } array => array.EnumerateArray().Select(e => (object?)e),
        string => null,
        IDictionary => null,
        IEnumerable enumerable => enumerable.Cast<object?>(),
        _ => null,
    };

    private static object? CoerceObject(object value, InputObjectType type, List<object> path, Action<List<object>, object?, GraphQLError> onError)
    {
        var fields = AsObject(value);
        if (fields is null)
        {
            onError(path, value, new GraphQLError($"Expected type \"{type.Name}\" to be an object."));
            return null;
        }
        var coerced = new Dictionary<string, object?>(StringComparer.Ordinal);
        foreach (var field in type.Fields)
        {
            if (!fields.TryGetValue(field.Name, out var fieldValue))
            {
                if (field.HasDefaultValue)
                {
                    coerced[field.Name] = field.DefaultValue;
                }
                else if (field.Type is NonNullType)
                {
                    onError(path, value, new GraphQLError($"Field \"{field.Name}\" of required type \"{field.Type}\" was not provided."));
                }
                continue;
            }
            coerced[field.Name] = CoerceInput(fieldValue, field.Type, [.. path, field.Name], onError);
        }
        foreach (var name in fields.Keys)
        {
            if (type.FindField(name) is null)
            {
                onError(path, value, new GraphQLError($"Field \"{name}\" is not defined by type \"{type.Name}\"." + Suggestions.DidYouMean(Suggestions.List(name, type.Fields.Select(f => f.Name)))));
            }
        }
        if (type.IsOneOf)
        {
            if (coerced.Count != 1)
            {
                onError(path, value, new GraphQLError($"Exactly one key must be specified for OneOf type \"{type.Name}\"."));
            }
            if (coerced.Count > 0)
            {
                var first = coerced.First();
                if (first.Value is null)
                {
                    onError([.. path, first.Key], null, new GraphQLError($"Field \"{first.Key}\" must be non-null."));
                }
            }
        }
        return coerced;
    }

    private static Dictionary<string, object?>? AsObject(object value)
    {
        switch (value)
        {
            case JsonElement { ValueKind: JsonValueKind.Object } element:
                var map = new Dictionary<string, object?>(StringComparer.Ordinal);
                foreach (var property in element.EnumerateObject())
                {
                    map[property.Name] = property.Value;
                }
                return map;
            case IReadOnlyDictionary<string, object?> readOnly:
                return readOnly.ToDictionary(p => p.Key, p => p.Value, StringComparer.Ordinal);
            case IDictionary<string, object?> dictionary:
                return new Dictionary<string, object?>(dictionary, StringComparer.Ordinal);
            default:
                return null;
        }
    }
}
