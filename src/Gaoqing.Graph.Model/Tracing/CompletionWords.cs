using System.Text.RegularExpressions;

namespace Gaoqing.Graph.Model.Tracing;

/// <summary>The words with which a report says a work was done (完工, 竣工, 建成投用, 完成, 创建成功 …).</summary>
/// <remarks>A word after 未 or 尚未 says the opposite; 主体完工 finishes only the structure; 完成 followed by a figure,
/// a fraction or 工程量 in its clause reports progress (完成总工程量的65%, 完成总工程量三分之二), not completion.</remarks>
internal static partial class CompletionWords
{
    /// <summary>True when <paramref name="clause"/> says, after <paramref name="from"/>, that the work was done.</summary>
    public static bool SayDone(string clause, int from) => Done().IsMatch(clause[Math.Clamp(from, 0, clause.Length)..]);

    /// <summary>True when <paramref name="clause"/> says that a title was won (成功创建, 创建成功, 获评 …).</summary>
    public static bool SayCreated(string clause) => Created().IsMatch(clause);

    [GeneratedRegex(@"(?<!未|没有|主体)(?:完工|竣工|建成|投用|投产|投运|通车|通航|并网|办成|开馆|交付|创建成功|成功创建|通过验收|完成(?!总?工程量|投资|[^，；。]*(?:\d|分之)))")]
    private static partial Regex Done();

    [GeneratedRegex(@"(?<!未|没有)(?:成功创建|创建成功|获评|被评为|命名为|被命名|通过验收|成功获批)")]
    private static partial Regex Created();
}
