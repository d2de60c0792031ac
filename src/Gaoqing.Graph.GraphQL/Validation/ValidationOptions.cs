namespace Gaoqing.Graph.GraphQL.Validation;

/// <summary>Limits on top of the specification's rules; a null limit is not checked.</summary>
public sealed record ValidationOptions
{
    /// <summary>The options graphql-js uses: at most 100 errors, no extra limits.</summary>
    public static ValidationOptions Default { get; } = new();

    /// <summary>Stop after this many errors (graphql-js: 100).</summary>
    public int MaxErrors { get; init; } = 100;

    /// <summary>The deepest field nesting an operation may have, counted through fragments (the root fields are depth 1).</summary>
    public int? MaxDepth { get; init; }

    /// <summary>The most aliased fields an operation may have, counted through fragments.</summary>
    public int? MaxAliases { get; init; }

    /// <summary>The highest cost an operation may have: each field costs 1, and everything under a list field counts <see cref="ListSizeEstimate"/> times.</summary>
    public int? MaxCost { get; init; }

    /// <summary>How many items a list field is assumed to return when computing cost.</summary>
    public int ListSizeEstimate { get; init; } = 10;
}
