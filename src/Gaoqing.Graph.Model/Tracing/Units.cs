namespace Gaoqing.Graph.Model.Tracing;

/// <summary>Which written units count the same thing (人 and 名 both count people).</summary>
internal static class Units
{
    /// <summary>True when a figure in unit <paramref name="first"/> compares directly with one in <paramref name="second"/>.</summary>
    public static bool Same(string? first, string? second) =>
        first is not null && second is not null && Canonical(first) == Canonical(second);

    private static string Canonical(string unit) => unit switch
    {
        "名" => "人",
        "场次" => "场",
        "平方公里" => "平方千米",
        _ => unit,
    };
}
