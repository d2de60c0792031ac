using System.Text;
using Gaoqing.Graph.Answering.Graph;
using Gaoqing.Graph.Text.Segmentation;

namespace Gaoqing.Graph.Answering.Linking;

/// <summary>Finds what a question names: task numbers and years first, then the longest known written form at each
/// position, then near misses of task titles and of unit and place names.</summary>
public sealed class EntityLinker
{
    private const double TitleCoverage = 0.7;
    private const int MinimumTitleFragment = 4;
    private static readonly HashSet<string> NotIndicatorWords =
    [
        "年", "实际", "完成", "多少", "是", "了", "目标", "计划", "达到", "的", "有", "实现", "增长", "数值", "任务", "哪些", "什么", "一共",
        "总共", "全县", "今年", "去年", "情况", "数据", "怎么样", "如何", "新增", "请问", "牵头", "配合", "负责", "单位", "部门", "工作", "项",
        "项目", "企业", "工程", "建设", "发展", "内容", "文件", "由", "谁", "哪个", "哪", "这项", "这个", "该", "吗", "呢", "在", "和",
        "与", "跟", "怎么", "来", "要", "都", "及", "或", "具体", "主要", "所有", "全部", "一下", "告诉", "我", "想", "知道", "查",
        "参与", "合作", "涉及", "承担", "一起", "共同", "那块", "那项", "这块", "方面", "相关",
    ];

    private readonly EntityLexicon _lexicon;
    private readonly Dictionary<long, List<string>> _tasksByNumber = [];
    private readonly (string Title, string Id)[] _titles;
    private readonly NameFragments _fragments;
    private readonly NearNameLinker _nearNames;
    private readonly IndicatorParts _indicatorParts;

    /// <summary>A linker over <paramref name="view"/> and its <paramref name="lexicon"/>.</summary>
    public EntityLinker(GraphView view, EntityLexicon lexicon)
    {
        ArgumentNullException.ThrowIfNull(view);
        _lexicon = lexicon ?? throw new ArgumentNullException(nameof(lexicon));
        foreach (var task in view.Tasks)
        {
            if (task.Integer("number") is { } number)
            {
                if (!_tasksByNumber.TryGetValue(number, out var list))
                {
                    list = [];
                    _tasksByNumber[number] = list;
                }

                list.Add(task.Id);
            }
        }

        _titles = view.Tasks.Where(t => t.Text("title") is { Length: >= 4 }).Select(t => (t.Text("title")!, t.Id)).ToArray();
        _nearNames = new NearNameLinker(view, lexicon);
        _indicatorParts = new IndicatorParts(view.Indicators.Select(n => n.DisplayName()));

        _fragments = new NameFragments(_titles.Select(t => new LexiconEntry(EntityKind.Task, t.Title, t.Id))
            .Concat(view.Projects.Select(p => new LexiconEntry(EntityKind.Project, p.DisplayName(), p.Id))));
    }

    /// <summary>Links the spans of <paramref name="question"/> (already cleaned by <see cref="QuestionText.Clean"/>).</summary>
    public LinkedQuestion Link(string question)
    {
        ArgumentNullException.ThrowIfNull(question);
        var taken = new bool[question.Length];
        var entities = new List<LinkedEntity>();
        foreach (var (number, start, length) in TaskNumbers.Find(question))
        {
            var entries = _tasksByNumber.TryGetValue(number, out var ids)
                ? ids.Select(id => new LexiconEntry(EntityKind.Task, number.ToString(System.Globalization.CultureInfo.InvariantCulture), id)).ToArray()
                : [new LexiconEntry(EntityKind.Task, number.ToString(System.Globalization.CultureInfo.InvariantCulture), null)];
            Take(entities, taken, new LinkedEntity(EntityKind.Task, start, length, question.Substring(start, length), entries));
        }

        foreach (var (year, start, length) in TaskNumbers.FindYears(question))
        {
            var name = year.ToString(System.Globalization.CultureInfo.InvariantCulture);
            Take(entities, taken, new LinkedEntity(EntityKind.Year, start, length, question.Substring(start, length), [new LexiconEntry(EntityKind.Year, name, null)]));
        }

        LinkKnownForms(question, taken, entities);
        if (!entities.Any(e => e.Kind == EntityKind.Task))
        {
            LinkNearTitle(question, taken, entities);
        }

        if (!entities.Any(e => e.Kind is EntityKind.Task or EntityKind.Project))
        {
            LinkNameFragment(question, taken, entities);
        }

        if (!entities.Any(e => e.Kind == EntityKind.Indicator))
        {
            LinkIndicatorFragment(question, taken, entities);
        }

        _nearNames.Link(question, taken, entities);
        entities.Sort((a, b) => a.Start.CompareTo(b.Start));
        return new LinkedQuestion(question, entities, Mask(question, entities));
    }

    /// <summary>Adds <paramref name="entity"/> unless a position of its span is already taken, and marks its span taken.</summary>
    internal static void Take(List<LinkedEntity> entities, bool[] taken, LinkedEntity entity)
    {
        for (var i = entity.Start; i < entity.Start + entity.Length; i++)
        {
            if (taken[i])
            {
                return;
            }
        }

        Array.Fill(taken, true, entity.Start, entity.Length);
        entities.Add(entity);
    }

    private static string Mask(string question, List<LinkedEntity> entities)
    {
        var builder = new StringBuilder(question.Length);
        var position = 0;
        foreach (var entity in entities)
        {
            builder.Append(question, position, entity.Start - position).Append(LinkedQuestion.Placeholder(entity.Kind));
            position = entity.Start + entity.Length;
        }

        return builder.Append(question, position, question.Length - position).ToString();
    }

    private void LinkKnownForms(string question, bool[] taken, List<LinkedEntity> entities)
    {
        var text = question.AsSpan();
        var i = 0;
        while (i < text.Length)
        {
            var linked = 0;
            for (var length = Math.Min(_lexicon.MaxLength, text.Length - i); length >= 2; length--)
            {
                if (taken[i + length - 1] || _lexicon.Find(text.Slice(i, length)) is not { } entries)
                {
                    continue;
                }

                var surface = question.Substring(i, length);
                Take(entities, taken, new LinkedEntity(entries[0].Kind, i, length, surface, WithTitles(entries, surface)));
                linked = length;
                break;
            }

            i += linked > 0 ? linked : 1;
            while (i < text.Length && taken[i])
            {
                i++;
            }
        }
    }

    private IReadOnlyList<LexiconEntry> WithTitles(IReadOnlyList<LexiconEntry> entries, string surface)
    {
        if (entries[0].Kind != EntityKind.Indicator || surface.Length < MinimumTitleFragment)
        {
            return entries;
        }

        var titles = _titles.Where(t => t.Title.Contains(surface, StringComparison.Ordinal)).Select(t => new LexiconEntry(EntityKind.Task, t.Title, t.Id));
        return entries.Concat(titles).ToArray();
    }

    private void LinkNearTitle(string question, bool[] taken, List<LinkedEntity> entities)
    {
        var free = new StringBuilder(question.Length);
        for (var i = 0; i < question.Length; i++)
        {
            free.Append(taken[i] ? '\0' : question[i]);
        }

        var text = free.ToString();
        var best = _titles.Select(t => (t.Title, t.Id, Score: Similarity.Coverage(t.Title, text)))
            .Where(t => t.Score >= TitleCoverage)
            .OrderByDescending(t => t.Score).ThenByDescending(t => t.Title.Length)
            .FirstOrDefault();
        if (best.Title is null)
        {
            return;
        }

        var first = int.MaxValue;
        var last = -1;
        for (var g = 0; g + 1 < best.Title.Length; g++)
        {
            var at = text.IndexOf(best.Title.Substring(g, 2), StringComparison.Ordinal);
            if (at >= 0)
            {
                first = Math.Min(first, at);
                last = Math.Max(last, at + 2);
            }
        }

        var ids = _titles.Where(t => t.Title == best.Title).Select(t => new LexiconEntry(EntityKind.Task, t.Title, t.Id)).ToArray();
        Take(entities, taken, new LinkedEntity(EntityKind.Task, first, last - first, question[first..last], ids, Fuzzy: true));
    }

    /// <summary>Links the longest part of a task title or project name the question holds, else the longest span one name
    /// holds with a few characters left out; a place inside it (黄河 in 黄河文化) gives way to the longer reading.</summary>
    private void LinkNameFragment(string question, bool[] taken, List<LinkedEntity> entities)
    {
        var places = entities.Where(e => e.Kind == EntityKind.Place).ToArray();
        bool Free(int start, int length)
        {
            for (var i = start; i < start + length; i++)
            {
                if (taken[i] && !places.Any(p => p.Start <= i && i < p.Start + p.Length))
                {
                    return false;
                }
            }

            return places.All(p => p.Start + p.Length <= start || p.Start >= start + length || (p.Start >= start && p.Start + p.Length <= start + length));
        }

        if ((_fragments.Longest(question, Free) ?? _fragments.Scattered(question, Free)) is not { } found)
        {
            return;
        }

        foreach (var place in places.Where(p => p.Start >= found.Start && p.Start + p.Length <= found.Start + found.Length))
        {
            entities.Remove(place);
            Array.Fill(taken, false, place.Start, place.Length);
        }

        var surface = question.Substring(found.Start, found.Length);
        Take(entities, taken, new LinkedEntity(found.Entries[0].Kind, found.Start, found.Length, surface, found.Entries, Fuzzy: true));
    }

    private static IEnumerable<(int Start, int Length)> FreeRuns(string question, bool[] taken)
    {
        var segment = 0;
        for (var i = 0; i <= question.Length; i++)
        {
            if (i < question.Length && !taken[i])
            {
                continue;
            }

            if (i > segment)
            {
                foreach (var run in Runs(question, segment, i))
                {
                    yield return run;
                }
            }

            segment = i + 1;
        }
    }

    /// <summary>Links the longest part of a run of content words that is part of an indicator's name: the whole run, or
    /// whole words of it of three or more characters (民生支出 in 民生支出占比, not 务中心 in 机关事务中心); two characters only
    /// when they are a third of the name (not 人口 for 经常参加体育锻炼人数占全县总人口).</summary>
    private void LinkIndicatorFragment(string question, bool[] taken, List<LinkedEntity> entities)
    {
        var best = (Start: 0, Length: 0);
        foreach (var run in FreeRuns(question, taken))
        {
            var boundaries = new bool[run.Length + 1];
            foreach (var token in Segmenter.Default.Tokenize(question.Substring(run.Start, run.Length)))
            {
                boundaries[token.Start] = boundaries[token.Start + token.Length] = true;
            }

            for (var length = Math.Min(run.Length, _indicatorParts.Longest); length >= 2 && length > best.Length; length--)
            {
                for (var start = run.Start; start + length <= run.Start + run.Length && length > best.Length; start++)
                {
                    var wholeRun = length == run.Length;
                    var onTokens = boundaries[start - run.Start] && boundaries[start - run.Start + length];
                    if ((wholeRun || (length >= 3 && onTokens)) && _indicatorParts.ShortestNameHolding(question.Substring(start, length)) is { } shortestName
                        && (length >= 3 || 3 * length >= shortestName))
                    {
                        best = (start, length);
                    }
                }
            }
        }

        if (best.Length > 0)
        {
            var gram = question.Substring(best.Start, best.Length);
            Take(entities, taken, new LinkedEntity(EntityKind.Indicator, best.Start, best.Length, gram, [new LexiconEntry(EntityKind.Indicator, gram, null)], Fuzzy: true));
        }
    }

    private static IEnumerable<(int Start, int Length)> Runs(string question, int start, int end)
    {
        var runStart = -1;
        var runEnd = -1;
        foreach (var token in Segmenter.Default.Tokenize(question.AsSpan(start, end - start).ToString()))
        {
            var text = question.Substring(start + token.Start, token.Length);
            if (text.All(IsHan) && !NotIndicatorWords.Contains(text))
            {
                runStart = runStart < 0 ? start + token.Start : runStart;
                runEnd = start + token.Start + token.Length;
                continue;
            }

            if (runStart >= 0)
            {
                yield return (runStart, runEnd - runStart);
            }

            runStart = -1;
        }

        if (runStart >= 0)
        {
            yield return (runStart, runEnd - runStart);
        }
    }

    /// <summary>True for a CJK unified ideograph of the basic block.</summary>
    internal static bool IsHan(char c) => c is >= '\u4E00' and <= '\u9FFF';
}
