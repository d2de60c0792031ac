using Gaoqing.Graph.Answering.Graph;
using Gaoqing.Graph.Extraction.Resolution;

namespace Gaoqing.Graph.Answering.Linking;

/// <summary>Links unit and place names the lexicon does not hold exactly, read back from a name suffix (局, 中心, 镇 …):
/// another written form of a unit, a near miss, a one-character slip, or else an unknown name with the nearest known names.</summary>
internal sealed class NearNameLinker(GraphView view, EntityLexicon lexicon)
{
    private const double NearName = 0.6;
    private const int SuggestionCount = 3;
    private static readonly string[] DepartmentSuffixes = ["分局", "中心", "公司", "委员会", "局", "委", "办", "院", "厅", "署", "部"];
    private static readonly string[] PlaceSuffixes = ["街道", "水库", "园区", "镇", "乡", "村", "湖"];
    private static readonly string[] NotNames = ["哪", "什么", "几", "多少", "谁", "那", "这", "各", "每", "个", "些", "其他", "所有", "全部", "牵头", "配合", "负责", "参与"];

    private readonly GraphView _view = view;
    private readonly EntityLexicon _lexicon = lexicon;

    /// <summary>Links the unit names, then the place names, of the positions of <paramref name="question"/> not yet taken.</summary>
    public void Link(string question, bool[] taken, List<LinkedEntity> entities)
    {
        LinkNames(question, taken, entities, DepartmentSuffixes, EntityKind.Department, EntityKind.UnknownDepartment);
        LinkNames(question, taken, entities, PlaceSuffixes, EntityKind.Place, EntityKind.UnknownPlace);
    }

    private void LinkNames(string question, bool[] taken, List<LinkedEntity> entities, string[] suffixes, EntityKind kind, EntityKind unknown)
    {
        for (var end = question.Length; end >= 3; end--)
        {
            var suffix = suffixes.FirstOrDefault(s => end >= s.Length && string.CompareOrdinal(question, end - s.Length, s, 0, s.Length) == 0);
            if (suffix is null || taken[end - 1] || (suffix == "部" && end < question.Length && question[end] == '门'))
            {
                continue;
            }

            var start = end - suffix.Length;
            while (start > 0 && !taken[start - 1] && EntityLinker.IsHan(question[start - 1]) && end - start < 12)
            {
                start--;
            }

            start = SkipQuestionWords(question, start, end);
            if (end - start < 3 || NotNames.Any(w => question.AsSpan(start, end - start).Contains(w, StringComparison.Ordinal)))
            {
                continue;
            }

            if (kind == EntityKind.Department && Resolved(question, start, end) is { } resolved)
            {
                EntityLinker.Take(entities, taken, resolved);
                end = resolved.Start;
                continue;
            }

            var written = question[start..end];
            var near = Nearest(written, kind);
            var typo = kind == EntityKind.Department ? MistypedDepartment(written) : null;
            var entity = near.Count > 0 && near[0].Score >= NearName
                ? new LinkedEntity(kind, start, end - start, written, [near[0].Entry], Fuzzy: true)
                : typo is not null
                    ? new LinkedEntity(kind, start, end - start, written, [typo], Fuzzy: true)
                    : new LinkedEntity(unknown, start, end - start, written, near.Select(n => n.Entry).ToArray());
            EntityLinker.Take(entities, taken, entity);
            end = start;
        }
    }

    private LinkedEntity? Resolved(string question, int start, int end)
    {
        for (var from = start; end - from >= 3; from++)
        {
            var written = question[from..end];
            var canonical = DepartmentLexicon.Shared.Resolve(written);
            var entry = _lexicon.Departments.Select(d => d.Entry).FirstOrDefault(e => e.Name == canonical && e.NodeId is not null);
            if (canonical != written && entry is not null)
            {
                return new LinkedEntity(EntityKind.Department, from, end - from, written, [entry]);
            }
        }

        return null;
    }

    private int SkipQuestionWords(string question, int start, int end)
    {
        string[] lead = ["请问", "我想知道", "想知道", "我想问", "查询", "查一下", "问一下", "告诉我", "那么", "关于", "请", "问", "查", "由", "和", "与", "跟", "同", "是", "在", "的"];
        var moved = true;
        while (moved && start < end)
        {
            moved = false;
            foreach (var word in lead)
            {
                if (end - start > word.Length && string.CompareOrdinal(question, start, word, 0, word.Length) == 0)
                {
                    start += word.Length;
                    moved = true;
                    break;
                }
            }
        }

        return start;
    }

    /// <summary>The one unit a name stands for when it differs from a known form of that unit in a single character other
    /// than its last (a slip of the input method: 发该局, 卫建局); null when no unit or several units are that close.</summary>
    private LexiconEntry? MistypedDepartment(string written)
    {
        if (written.Length < 3)
        {
            return null;
        }

        var units = _lexicon.Departments
            .Where(d => d.Entry.NodeId is not null && d.Form.Length == written.Length && d.Form[^1] == written[^1] && Differences(d.Form, written) == 1)
            .Select(d => d.Entry)
            .DistinctBy(e => e.NodeId)
            .Take(2)
            .ToArray();
        return units.Length == 1 ? units[0] : null;
    }

    private static int Differences(string left, string right)
    {
        var count = 0;
        for (var i = 0; i < left.Length; i++)
        {
            count += left[i] == right[i] ? 0 : 1;
        }

        return count;
    }

    private List<(LexiconEntry Entry, double Score)> Nearest(string written, EntityKind kind)
    {
        var candidates = kind == EntityKind.Department
            ? _lexicon.Departments.Where(d => d.Entry.NodeId is not null).Select(d => (d.Form, d.Entry))
            : _view.Places.Select(p => (Form: p.DisplayName(), Entry: new LexiconEntry(EntityKind.Place, p.DisplayName(), p.Id)));
        return candidates
            .Select(c => (c.Entry, Score: Similarity.Dice(written, c.Form), Shared: c.Form.Distinct().Count(written.Contains)))
            .Where(c => c.Score > 0 || c.Shared > 0)
            .GroupBy(c => c.Entry.Name)
            .Select(g => g.MaxBy(c => (c.Score, c.Shared)))
            .OrderByDescending(c => c.Score).ThenByDescending(c => c.Shared).ThenBy(c => c.Entry.Name, StringComparer.Ordinal)
            .Take(SuggestionCount)
            .Select(c => (c.Entry, c.Score))
            .ToList();
    }
}
