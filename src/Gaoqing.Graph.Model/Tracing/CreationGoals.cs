using System.Text.RegularExpressions;

namespace Gaoqing.Graph.Model.Tracing;

/// <summary>The titles a task sets out to win (创建成功省级全域旅游示范区 → 省级全域旅游示范区).</summary>
internal static partial class CreationGoals
{
    /// <summary>The titles named after 创建 in <paramref name="taskText"/>.</summary>
    public static IReadOnlyList<string> In(string taskText) =>
        Goal().Matches(taskText).Select(m => m.Groups["title"].Value).Distinct(StringComparer.Ordinal).ToArray();

    [GeneratedRegex(@"创建(?:成功)?(?<title>(?:国家|省|市)级[^，。；、：\s\d（）]{2,14}?(?:示范区|示范县|示范镇|示范村|示范基地|示范河湖|先行区|试点县|工厂|园区|城市|基地))")]
    private static partial Regex Goal();
}
