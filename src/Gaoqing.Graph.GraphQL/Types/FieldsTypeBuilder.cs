using Gaoqing.Graph.GraphQL.Execution;
using Gaoqing.Graph.GraphQL.Language;
using Gaoqing.Graph.GraphQL.Language.Ast;

namespace Gaoqing.Graph.GraphQL.Types;

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
