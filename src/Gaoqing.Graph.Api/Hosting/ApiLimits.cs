namespace Gaoqing.Graph.Api.Hosting;

/// <summary>Limits on one GraphQL request (Api__Limits__*); a request over any of them is refused with an error naming it.</summary>
public sealed class ApiLimits
{
    /// <summary>The deepest field nesting (root fields are depth 1).</summary>
    public int MaxDepth { get; set; } = 15;

    /// <summary>The most aliased fields in one operation.</summary>
    public int MaxAliases { get; set; } = 30;

    /// <summary>The highest estimated cost: each field 1, everything under a list field 10 times.</summary>
    public int MaxCost { get; set; } = 100_000;

    /// <summary>The largest request body or GET query string, in bytes.</summary>
    public int MaxRequestBytes { get; set; } = 64 * 1024;

    /// <summary>How long one request may run, in seconds.</summary>
    public double RequestTimeoutSeconds { get; set; } = 10;
}
