namespace Gaoqing.Graph.Bench.Tracing;

/// <summary>Copies of the two seeds moved to other years: copy i is a key-task list for year 1900+2i (i < 100: the extraction reads years 1900–2099) and the plan of the next year that reviews it.</summary>
internal sealed class YearShiftedCorpus(string keyTasks, string plan)
{
    /// <summary>The key-task list and the plan of copy <paramref name="index"/>.</summary>
    public (string Name, string Text)[] Pair(int index)
    {
        var planned = (1900 + (2 * index)).ToString(System.Globalization.CultureInfo.InvariantCulture);
        var reviewed = (1901 + (2 * index)).ToString(System.Globalization.CultureInfo.InvariantCulture);
        return
        [
            ($"key-tasks-{planned}", Shift(keyTasks, planned, reviewed)),
            ($"plan-{reviewed}", Shift(plan, planned, reviewed)),
        ];
    }

    private static string Shift(string text, string planned, string reviewed) =>
        text.Replace("2024", "\u0001", StringComparison.Ordinal)
            .Replace("2023", planned, StringComparison.Ordinal)
            .Replace("\u0001", reviewed, StringComparison.Ordinal);
}
