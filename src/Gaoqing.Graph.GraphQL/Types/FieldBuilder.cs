using Gaoqing.Graph.GraphQL.Execution;
using Gaoqing.Graph.GraphQL.Language;
using Gaoqing.Graph.GraphQL.Language.Ast;

namespace Gaoqing.Graph.GraphQL.Types;

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
