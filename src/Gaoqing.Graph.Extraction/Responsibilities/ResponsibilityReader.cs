using System.Text.RegularExpressions;
using Gaoqing.Graph.Extraction.Resolution;

namespace Gaoqing.Graph.Extraction.Responsibilities;

/// <summary>Reads the lead and support units of a task from its responsibility clauses.</summary>
/// <remarks>
/// A clause is a bracket group such as <c>（牵头单位：X，配合单位：Y、Z等部门）</c>, <c>（X、Y负责）</c> or
/// <c>（X牵头，Y配合）</c>, or a labelled sentence without brackets such as <c>责任单位：X、Y。</c>. A clause splits at
/// top-level commas and semicolons into parts; a part takes its role from its label (牵头单位：) or its last word
/// (牵头, 负责, 配合), else from the role word that ends the list it begins (Y in X牵头，Y，Z配合), else from the
/// part before it, else lead; 责任单位 after a 牵头单位 names the units that carry
/// the task out under the lead, so they support it. Units split at top-level 、 so that
/// <c>市交通委（市道运局）</c> stays one unit; collective references, and names that neither the lexicon knows nor end
/// like a unit (局, 委, 中心, 公司 …), are dropped.
/// </remarks>
internal static partial class ResponsibilityReader
{
    private const int LongestClause = 300;

    /// <summary>The responsibilities stated in the task <paramref name="task"/> of <paramref name="text"/>.</summary>
    public static IReadOnlyList<Responsibility> Read(string text, Span task, DepartmentLexicon lexicon)
    {
        var found = new List<Responsibility>();
        foreach (var group in BracketScanner.Groups(text, task))
        {
            if (group.Length <= LongestClause && IsClause(text, group))
            {
                ReadClause(text, group, lexicon, found);
            }
        }

        var consumed = task.Start;
        for (var label = UnbracketedLabel().Match(text, task.Start, task.Length); label.Success; label = label.NextMatch())
        {
            if (label.Index >= consumed && !BracketScanner.IsInsideGroup(text, task, label.Index))
            {
                consumed = SentenceEnd(text, new Span(label.Index, task.End));
                ReadClause(text, new Span(label.Index, consumed), lexicon, found);
            }
        }

        return found
            .GroupBy(r => (r.Department, r.Role))
            .Select(g => g.First())
            .Where(r => r.Role == ResponsibilityRole.Lead || !found.Any(l => l.Role == ResponsibilityRole.Lead && l.Department == r.Department))
            .ToList();
    }

    /// <summary>True when <paramref name="span"/> holds a responsibility clause, bracketed or labelled.</summary>
    public static bool HasClause(string text, Span span) =>
        BracketScanner.Groups(text, span).Any(g => g.Length <= LongestClause && IsClause(text, g))
        || UnbracketedLabel().Match(text, span.Start, span.Length).Success;

    /// <summary>True when the bracket group whose inside is <paramref name="group"/> is a responsibility clause.</summary>
    public static bool IsClause(string text, Span group) =>
        LabelInside().Match(text, group.Start, group.Length).Success
        || BracketScanner.Split(text, group, "，；;,").Any(part => RoleWord().Match(text, part.Start, part.Length).Success);

    private static int SentenceEnd(string text, Span from)
    {
        var depth = 0;
        for (var i = from.Start; i < from.End; i++)
        {
            depth += text[i] == '（' ? 1 : text[i] == '）' ? -1 : 0;
            if (depth <= 0 && text[i] is '。' or '\n' || depth < 0)
            {
                return i;
            }
        }

        return from.End;
    }

    private static void ReadClause(string text, Span clause, DepartmentLexicon lexicon, List<Responsibility> found)
    {
        var role = ResponsibilityRole.Lead;
        var leadNamed = false;
        var parts = Parts(text, clause).ToList();
        for (var i = 0; i < parts.Count; i++)
        {
            var part = parts[i];
            var units = part;
            var label = Label().Match(text, part.Start, part.Length);
            var word = RoleWord().Match(text, part.Start, part.Length);
            if (label.Success)
            {
                var name = label.Groups["role"].Value;
                role = leadNamed && name == "责任" ? ResponsibilityRole.Support : RoleOf(name);
                leadNamed |= name == "牵头";
                units = new Span(label.Index + label.Length, part.End);
            }
            else if (OtherLabel().Match(text, part.Start, part.Length).Success)
            {
                continue;
            }
            else if (word.Success)
            {
                role = RoleOf(word.Groups["role"].Value);
                units = new Span(part.Start, word.Index);
            }
            else
            {
                role = RoleAhead(text, parts, i) ?? role;
            }

            foreach (var unit in BracketScanner.Split(text, units, "、,/"))
            {
                foreach (var single in UnitSplitter.Split(text, unit, lexicon))
                {
                    AddUnit(text, single, role, lexicon, found);
                }
            }
        }
    }

    /// <summary>For a part that names units only (<c>Y</c> in <c>X牵头，Y，Z配合</c>): the role word of the list it begins.</summary>
    private static ResponsibilityRole? RoleAhead(string text, List<Span> parts, int from)
    {
        for (var j = from + 1; j < parts.Count; j++)
        {
            if (Label().Match(text, parts[j].Start, parts[j].Length).Success || OtherLabel().Match(text, parts[j].Start, parts[j].Length).Success)
            {
                return null;
            }

            var word = RoleWord().Match(text, parts[j].Start, parts[j].Length);
            if (word.Success)
            {
                return RoleOf(word.Groups["role"].Value);
            }
        }

        return null;
    }

    private static IEnumerable<Span> Parts(string text, Span clause)
    {
        foreach (var part in BracketScanner.Split(text, clause, "，；;,。"))
        {
            var start = part.Start;
            for (var label = LabelInside().Match(text, part.Start, part.Length); label.Success; label = label.NextMatch())
            {
                if (label.Index > start && !BracketScanner.IsInsideGroup(text, part, label.Index))
                {
                    yield return new Span(start, label.Index);
                    start = label.Index;
                }
            }

            yield return new Span(start, part.End);
        }
    }

    private static void AddUnit(string text, Span unit, ResponsibilityRole role, DepartmentLexicon lexicon, List<Responsibility> found)
    {
        var lead = LeadingFiller().Match(text, unit.Start, unit.Length);
        var start = lead.Success ? lead.Index + lead.Length : unit.Start;
        var trail = TrailingFiller().Match(text, start, unit.End - start);
        var end = trail.Success ? trail.Index : unit.End;
        var span = BracketScanner.Trim(text, new Span(start, Math.Max(start, end)));
        var written = string.Concat(span.Slice(text).Where(c => !char.IsWhiteSpace(c)));
        if (written.Length < 2 || CollectiveReference.IsCollective(written) || CollectiveReference.IsCollective(unit.Slice(text).Trim())
            || !lexicon.IsKnown(written) && !UnitShape().IsMatch(written))
        {
            return;
        }

        found.Add(new Responsibility(lexicon.Resolve(written), written, role, span));
    }

    private static ResponsibilityRole RoleOf(string word) =>
        word.StartsWith("配合", StringComparison.Ordinal) || word is "协办" or "参与" or "协助" or "协同" or "协同配合"
            ? ResponsibilityRole.Support
            : ResponsibilityRole.Lead;

    [GeneratedRegex(@"^(?<role>牵头|责任|主责|主管|负责|主办|实施|配合|协办|参与|协助|协同)(?:单位|部门|主体)[：:]")]
    private static partial Regex Label();

    [GeneratedRegex(@"(?:牵头|责任|主责|主管|负责|主办|配合|协办|参与|协助|协同)(?:单位|部门|主体)[：:]")]
    private static partial Regex LabelInside();

    [GeneratedRegex(@"^[^：:（）]{2,8}[：:]")]
    private static partial Regex OtherLabel();

    [GeneratedRegex(@"(?:责任|牵头|主责)(?:单位|部门|主体)[：:]")]
    private static partial Regex UnbracketedLabel();

    [GeneratedRegex(@"(?:按照?职(?:责|能)(?:分工)?|分工|分别|共同|具体)?(?<role>总牵头|牵头负责|牵头落实|牵头抓总|牵头|负总责|负责落实|负责|协同配合|配合落实|配合|协助|参与|协办)(?:单位|部门)?$")]
    private static partial Regex RoleWord();

    [GeneratedRegex(@"(?:局|委|办|部|院|中心|公司|集团|区|所|站|队|会|厅|处|室|行|馆|联|政府|街道|镇|社|台|校|组|科|股|署|（[^（）]+）)$")]
    private static partial Regex UnitShape();

    [GeneratedRegex(@"^\s*(?:由|以及|及)")]
    private static partial Regex LeadingFiller();

    [GeneratedRegex(@"(?:等(?:\d+|[一二三四五六七八九十]+)?个?(?:有关|相关|其他)?(?:部门单位|部门|单位)?)?\s*$")]
    private static partial Regex TrailingFiller();
}
