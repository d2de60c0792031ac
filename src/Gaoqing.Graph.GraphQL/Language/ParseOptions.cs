namespace Gaoqing.Graph.GraphQL.Language;

/// <summary>Limits that keep hostile documents from exhausting memory or the stack.</summary>
public sealed record ParseOptions
{
    /// <summary>The default options: at most 100,000 tokens and 512 levels of nesting.</summary>
    public static ParseOptions Default { get; } = new();

    /// <summary>Options for trusted schema files: no token limit.</summary>
    public static ParseOptions Unlimited { get; } = new() { MaxTokens = int.MaxValue };

    /// <summary>The most tokens a document may hold (graphql-js <c>maxTokens</c>).</summary>
    public int MaxTokens { get; init; } = 100_000;

    /// <summary>The deepest nesting of selection sets, list and object values and list types.</summary>
    public int MaxDepth { get; init; } = 512;
}
