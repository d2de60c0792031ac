using System.Text.RegularExpressions;

namespace Gaoqing.Graph.Extraction.Responsibilities;

/// <summary>Recognizes references to a group of units (各区, 县级市, 各有关单位, 县直有关部门, 街道办事处) that name no unit.</summary>
internal static partial class CollectiveReference
{
    /// <summary>True when <paramref name="name"/> refers to a group rather than to one unit.</summary>
    public static bool IsCollective(string name) => Pattern().IsMatch(name);

    [GeneratedRegex(@"^(?:各|全县|全市|其他|其它|其余)|(?:有关|相关|其他|各)(?:部门|单位|方面)|^(?:县级市|区县|县市区|镇街|镇街道|镇办|部门|单位)$|^(?:镇|乡|乡镇|街道|镇街|镇（街道）|区县|县区)(?:人民政府|政府|办事处|党委|党（工）委)?$|^街道办事处$")]
    private static partial Regex Pattern();
}
