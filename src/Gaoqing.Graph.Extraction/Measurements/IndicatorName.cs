using System.Text.RegularExpressions;

namespace Gaoqing.Graph.Extraction.Measurements;

/// <summary>Cuts the name of an indicator out of the words around a figure (全年新增城镇就业 → 城镇就业).</summary>
internal static partial class IndicatorName
{
    /// <summary>The words before a figure without the verbs, time words and linking words around the name.</summary>
    public static string FromBefore(string words) => TrailingVerbs().Replace(LeadingWords().Replace(words, ""), "");

    /// <summary>The words after a figure (实施25个市级重点技改项目) up to the next figure, without a leading qualifier or a trailing verb.</summary>
    public static string FromAfter(string words) => TrailingVerbs().Replace(LeadingAfter().Replace(words, ""), "");

    /// <summary>True when a name says only how something changed (同比增长, 完成投资) and needs the subject before it.</summary>
    public static bool IsGeneric(string name) => name.Length <= 1 || Generic().IsMatch(name);

    [GeneratedRegex(@"^(?:\d{4}年|其中|全年|策划|聚焦|引导|重点|向|对|从|在|与|等|全县|全市|全省|全国|年内|年度|今年|累计|力争|确保|努力|新引进|新增|新建|新实施|新改扩建|新改建|新完成|引进培育|引进|引培|实施|完成|实现|培育|发放|创建|建设|建成|打造|推出|组织|举办|开展|争取|改造|改建|吸引|已发行|发行|筹建|设立|建立|启动|推动|加快|开发|提升改造|提升|共|约|和|及|以及|并)+")]
    private static partial Regex LeadingWords();

    [GeneratedRegex(@"(?:力争|确保|分别|同比|均)?(?:稳定在|保持在|控制在|提高到|提升到|增加到|提高至|达到|通达|通过|突破|超过|实现|不少于|不低于|达|为|至|约|共|由|从|两个|两项)+$")]
    private static partial Regex TrailingVerbs();

    [GeneratedRegex(@"^(?:以上|左右|以下|以内|的)+")]
    private static partial Regex LeadingAfter();

    [GeneratedRegex(@"^(?:同比|年均|累计)?(?:增长|增速|增加|提高|下降|投资|完成投资|总投资|总量|规模|比重)$")]
    private static partial Regex Generic();
}
