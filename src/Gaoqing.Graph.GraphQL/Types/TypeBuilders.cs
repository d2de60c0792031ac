using Gaoqing.Graph.GraphQL.Execution;
using Gaoqing.Graph.GraphQL.Language;
using Gaoqing.Graph.GraphQL.Language.Ast;

namespace Gaoqing.Graph.GraphQL.Types;

/// <summary>Describes one argument or input field while a schema is being built.</summary>
public sealed class InputValueBuilder
{
    internal InputValueBuilder(string name, TypeNode type)
    {
        Name = name;
        Type = type;
    }

    internal string Name { get; }

    internal TypeNode Type { get; }

    internal string? DescriptionText { get; private set; }

    internal bool HasDefault { get; private set; }

    internal object? DefaultValue { get; private set; }

    internal ValueNode? DefaultLiteral { get; private set; }

    internal string? Deprecation { get; private set; }

    internal InputValueDefinitionNode? Node { get; set; }

    /// <summary>Sets the description.</summary>
    public InputValueBuilder Description(string? description)
    {
        DescriptionText = description;
        return this;
    }

    /// <summary>Sets a default given as a .NET value of the input type's internal representation.</summary>
    public InputValueBuilder Default(object? value)
    {
        HasDefault = true;
        DefaultValue = value;
        DefaultLiteral = null;
        return this;
    }

    /// <summary>Sets a default given as a GraphQL literal, e.g. <c>"[1, 2]"</c> or <c>"{a: RED}"</c>.</summary>
    public InputValueBuilder DefaultLiteralText(string literal) => DefaultNode(Parser.ParseValue(literal));

    internal InputValueBuilder DefaultNode(ValueNode literal)
    {
        HasDefault = true;
        DefaultLiteral = literal;
        return this;
    }

    /// <summary>Marks the argument or input field deprecated.</summary>
    public InputValueBuilder Deprecated(string reason = BuiltInDirectives.DefaultDeprecationReason)
    {
        Deprecation = reason;
        return this;
    }
}

/// <summary>Describes one field of an object or interface while a schema is being built.</summary>
public sealed class FieldBuilder
{
    internal FieldBuilder(string name, TypeNode type)
    {
        Name = name;
        Type = type;
    }

    internal string Name { get; }

    internal TypeNode Type { get; }

    internal string? DescriptionText { get; private set; }

    internal string? Deprecation { get; private set; }

    internal Func<ResolveContext, ValueTask<object?>>? Resolver { get; private set; }

    internal List<InputValueBuilder> Arguments { get; } = [];

    internal FieldDefinitionNode? Node { get; set; }

    /// <summary>Sets the description.</summary>
    public FieldBuilder Description(string? description)
    {
        DescriptionText = description;
        return this;
    }

    /// <summary>Marks the field deprecated.</summary>
    public FieldBuilder Deprecated(string reason = BuiltInDirectives.DefaultDeprecationReason)
    {
        Deprecation = reason;
        return this;
    }

    /// <summary>Adds an argument; <paramref name="type"/> is written in GraphQL, e.g. <c>"ID!"</c>.</summary>
    public FieldBuilder Argument(string name, string type, Action<InputValueBuilder>? configure = null) =>
        Argument(name, Parser.ParseType(type), configure);

    internal FieldBuilder Argument(string name, TypeNode type, Action<InputValueBuilder>? configure)
    {
        var argument = new InputValueBuilder(name, type);
        configure?.Invoke(argument);
        Arguments.Add(argument);
        return this;
    }

    /// <summary>Sets an asynchronous resolver.</summary>
    public FieldBuilder Resolve(Func<ResolveContext, ValueTask<object?>> resolver)
    {
        Resolver = resolver;
        return this;
    }

    /// <summary>Sets a synchronous resolver.</summary>
    public FieldBuilder Resolve(Func<ResolveContext, object?> resolver)
    {
        Resolver = context => new ValueTask<object?>(resolver(context));
        return this;
    }
}

/// <summary>Describes an object or interface type while a schema is being built.</summary>
public sealed class FieldsTypeBuilder
{
    internal FieldsTypeBuilder(string name, bool isInterface)
    {
        Name = name;
        IsInterface = isInterface;
    }

    internal string Name { get; }

    internal bool IsInterface { get; }

    internal string? DescriptionText { get; private set; }

    internal List<string> InterfaceNames { get; } = [];

    internal List<FieldBuilder> Fields { get; } = [];

    internal Func<object?, bool>? TypeTest { get; private set; }

    internal Func<object?, ResolveTypeContext, string?>? TypeResolver { get; private set; }

    internal TypeDefinitionNode? Node { get; set; }

    /// <summary>Sets the description.</summary>
    public FieldsTypeBuilder Description(string? description)
    {
        DescriptionText = description;
        return this;
    }

    /// <summary>Declares implemented interfaces.</summary>
    public FieldsTypeBuilder Implements(params string[] interfaceNames)
    {
        InterfaceNames.AddRange(interfaceNames);
        return this;
    }

    /// <summary>Adds a field; <paramref name="type"/> is written in GraphQL, e.g. <c>"[Task!]!"</c>.</summary>
    public FieldsTypeBuilder Field(string name, string type, Action<FieldBuilder>? configure = null) =>
        Field(name, Parser.ParseType(type), configure);

    /// <summary>Adds a field with a synchronous resolver.</summary>
    public FieldsTypeBuilder Field(string name, string type, Func<ResolveContext, object?> resolve) =>
        Field(name, type, f => f.Resolve(resolve));

    /// <summary>Adds a field with an asynchronous resolver.</summary>
    public FieldsTypeBuilder Field(string name, string type, Func<ResolveContext, ValueTask<object?>> resolve) =>
        Field(name, type, f => f.Resolve(resolve));

    internal FieldsTypeBuilder Field(string name, TypeNode type, Action<FieldBuilder>? configure)
    {
        var field = new FieldBuilder(name, type);
        configure?.Invoke(field);
        Fields.Add(field);
        return this;
    }

    /// <summary>For object types: tells whether a runtime value is of this type.</summary>
    public FieldsTypeBuilder IsTypeOf(Func<object?, bool> test)
    {
        TypeTest = test;
        return this;
    }

    /// <summary>For interfaces: names the object type of a runtime value.</summary>
    public FieldsTypeBuilder ResolveType(Func<object?, ResolveTypeContext, string?> resolver)
    {
        TypeResolver = resolver;
        return this;
    }
}

/// <summary>Describes an enum while a schema is being built.</summary>
public sealed class EnumTypeBuilder
{
    internal EnumTypeBuilder(string name) => Name = name;

    internal string Name { get; }

    internal string? DescriptionText { get; private set; }

    internal List<(string Name, object? Value, string? Description, string? Deprecation)> Values { get; } = [];

    internal EnumTypeDefinitionNode? Node { get; set; }

    /// <summary>Sets the description.</summary>
    public EnumTypeBuilder Description(string? description)
    {
        DescriptionText = description;
        return this;
    }

    /// <summary>Adds a value; its internal value defaults to its name.</summary>
    public EnumTypeBuilder Value(string name, object? value = null, string? description = null, string? deprecationReason = null)
    {
        Values.Add((name, value ?? name, description, deprecationReason));
        return this;
    }
}

/// <summary>Describes an input object while a schema is being built.</summary>
public sealed class InputObjectTypeBuilder
{
    internal InputObjectTypeBuilder(string name) => Name = name;

    internal string Name { get; }

    internal string? DescriptionText { get; private set; }

    internal bool OneOf { get; private set; }

    internal List<InputValueBuilder> Fields { get; } = [];

    internal InputObjectTypeDefinitionNode? Node { get; set; }

    /// <summary>Sets the description.</summary>
    public InputObjectTypeBuilder Description(string? description)
    {
        DescriptionText = description;
        return this;
    }

    /// <summary>Marks the input object <c>@oneOf</c>.</summary>
    public InputObjectTypeBuilder IsOneOf()
    {
        OneOf = true;
        return this;
    }

    /// <summary>Adds an input field.</summary>
    public InputObjectTypeBuilder Field(string name, string type, Action<InputValueBuilder>? configure = null) =>
        Field(name, Parser.ParseType(type), configure);

    internal InputObjectTypeBuilder Field(string name, TypeNode type, Action<InputValueBuilder>? configure)
    {
        var field = new InputValueBuilder(name, type);
        configure?.Invoke(field);
        Fields.Add(field);
        return this;
    }
}
