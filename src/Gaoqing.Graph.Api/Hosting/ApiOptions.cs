namespace Gaoqing.Graph.Api.Hosting;

/// <summary>The API's own settings (configuration section "Api"): the mutation key and the request limits.</summary>
public sealed class ApiOptions
{
    /// <summary>The configuration section.</summary>
    public const string Section = "Api";

    /// <summary>The key mutations need as <c>Authorization: Bearer …</c> (Api__Key); unset refuses every mutation.</summary>
    public string? Key { get; set; }

    /// <summary>Limits on each GraphQL request.</summary>
    public ApiLimits Limits { get; set; } = new();
}
