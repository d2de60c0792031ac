using System.Text.RegularExpressions;

namespace Gaoqing.Graph.Text.Normalization;

/// <summary>Recognizes the page marks that PDF exports leave on lines of their own (<c>— 2 —</c>, <c>- 12 -</c>, <c>第3页</c>).</summary>
internal static partial class PageMark
{
    public static bool IsPageMark(string line) => Pattern().IsMatch(line);

    [GeneratedRegex(@"^(?:[—–\-－―─]{1,2}\s*\d{1,4}\s*[—–\-－―─]{1,2}|第\d{1,4}页(?:[，,/]?共\d{1,4}页)?|\d{1,4}\s*/\s*\d{1,4})$")]
    private static partial Regex Pattern();
}
