using System.Text;
using Gaoqing.Graph.GraphQL.Introspection;
using Gaoqing.Graph.GraphQL.Language;

namespace Gaoqing.Graph.GraphQL.Types;

/// <summary>Prints a schema as SDL exactly like graphql-js's <c>printSchema</c>.</summary>
public static class SchemaPrinter
{
    /// <summary>The SDL of every non-built-in directive and type, in type-map order.</summary>
    public static string Print(Schema schema)
    {
        var parts = new List<string>();
        if (SchemaDefinition(schema) is { } definition)
        {
            parts.Add(definition);
        }
        foreach (var directive in schema.Directives)
        {
            if (!BuiltInDirectives.IsSpecified(directive.Name))
            {
                parts.Add(PrintDirective(directive));
            }
        }
        foreach (var type in schema.Types)
        {
            if (!BuiltInScalars.All.Contains(type) && !IntrospectionTypes.IsIntrospectionType(type.Name))
            {
                parts.Add(PrintType(type));
            }
        }
        return string.Join("\n\n", parts);
    }

    private static string? SchemaDefinition(Schema schema)
    {
        var commonNames = schema.Query is null or { Name: "Query" }
            && schema.Mutation is null or { Name: "Mutation" }
            && schema.Subscription is null or { Name: "Subscription" };
        if (schema.Description is null && commonNames)
        {
            return null;
        }
        var operations = new List<string>();
        if (schema.Query is not null)
        {
            operations.Add("  query: " + schema.Query.Name);
        }
        if (schema.Mutation is not null)
        {
            operations.Add("  mutation: " + schema.Mutation.Name);
        }
        if (schema.Subscription is not null)
        {
            operations.Add("  subscription: " + schema.Subscription.Name);
        }
        return Description(schema.Description) + "schema {\n" + string.Join("\n", operations) + "\n}";
    }

    private static string PrintType(NamedType type) => type switch
    {
        ScalarType s => Description(s.Description) + "scalar " + s.Name + (s.SpecifiedByUrl is null ? string.Empty : " @specifiedBy(url: " + Printer.PrintString(s.SpecifiedByUrl) + ")"),
        ObjectType o => Description(o.Description) + "type " + o.Name + Interfaces(o) + Fields(o),
        InterfaceType i => Description(i.Description) + "interface " + i.Name + Interfaces(i) + Fields(i),
        UnionType u => Description(u.Description) + "union " + u.Name + (u.Types.Count > 0 ? " = " + string.Join(" | ", u.Types.Select(t => t.Name)) : string.Empty),
        EnumType e => Description(e.Description) + "enum " + e.Name + Block(e.Values.Select((v, i) => Description(v.Description, "  ", i == 0) + "  " + v.Name + Deprecated(v.DeprecationReason))),
        InputObjectType io => Description(io.Description) + "input " + io.Name + (io.IsOneOf ? " @oneOf" : string.Empty) + Block(io.Fields.Select((f, i) => Description(f.Description, "  ", i == 0) + "  " + InputValue(f))),
        _ => throw new ArgumentException("Unknown type kind.", nameof(type)),
    };

    private static string Interfaces(FieldsType type) =>
        type.Interfaces.Count > 0 ? " implements " + string.Join(" & ", type.Interfaces.Select(i => i.Name)) : string.Empty;

    private static string Fields(FieldsType type) =>
        Block(type.Fields.Select((f, i) => Description(f.Description, "  ", i == 0) + "  " + f.Name + Arguments(f.Arguments, "  ") + ": " + f.Type + Deprecated(f.DeprecationReason)));

    private static string Block(IEnumerable<string> items)
    {
        var list = items.ToList();
        return list.Count > 0 ? " {\n" + string.Join("\n", list) + "\n}" : string.Empty;
    }

    private static string Arguments(IReadOnlyList<InputValueDefinition> arguments, string indentation = "")
    {
        if (arguments.Count == 0)
        {
            return string.Empty;
        }
        if (arguments.All(a => string.IsNullOrEmpty(a.Description)))
        {
            return "(" + string.Join(", ", arguments.Select(InputValue)) + ")";
        }
        var builder = new StringBuilder("(\n");
        for (var i = 0; i < arguments.Count; i++)
        {
            if (i > 0)
            {
                builder.Append('\n');
            }
            builder.Append(Description(arguments[i].Description, "  " + indentation, i == 0)).Append("  ").Append(indentation).Append(InputValue(arguments[i]));
        }
        return builder.Append('\n').Append(indentation).Append(')').ToString();
    }

    private static string InputValue(InputValueDefinition value)
    {
        var text = value.Name + ": " + value.Type;
        if (IntrospectionTypes.PrintDefault(value) is { } defaultValue)
        {
            text += " = " + defaultValue;
        }
        return text + Deprecated(value.DeprecationReason);
    }

    private static string PrintDirective(DirectiveDefinition directive) =>
        Description(directive.Description) + "directive @" + directive.Name + Arguments(directive.Arguments) + Deprecated(directive.DeprecationReason)
        + (directive.IsRepeatable ? " repeatable" : string.Empty) + " on " + string.Join(" | ", directive.Locations);

    private static string Deprecated(string? reason) => reason switch
    {
        null => string.Empty,
        BuiltInDirectives.DefaultDeprecationReason => " @deprecated",
        _ => " @deprecated(reason: " + Printer.PrintString(reason) + ")",
    };

    private static string Description(string? description, string indentation = "", bool firstInBlock = true)
    {
        if (description is null)
        {
            return string.Empty;
        }
        var printed = BlockString.IsPrintable(description) ? BlockString.Print(description) : Printer.PrintString(description);
        var prefix = indentation.Length > 0 && !firstInBlock ? "\n" + indentation : indentation;
        return prefix + printed.Replace("\n", "\n" + indentation, StringComparison.Ordinal) + "\n";
    }
}
