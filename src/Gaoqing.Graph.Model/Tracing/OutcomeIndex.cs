namespace Gaoqing.Graph.Model.Tracing;

/// <summary>The outcomes of every task and every stated target of a graph, by task and by target, best evidence first.</summary>
public sealed class OutcomeIndex
{
    private readonly Dictionary<string, IReadOnlyList<Outcome>> _byTask;
    private readonly ILookup<string, Outcome> _byTarget;

    /// <summary>Indexes <paramref name="outcomes"/> by task and by target, ordering each task's: MET and NOT_MET, then DONE, then REPORTED;
    /// the outcomes of targets stated outside tasks come first in <see cref="All"/>.</summary>
    public OutcomeIndex(IEnumerable<Outcome> outcomes)
    {
        ArgumentNullException.ThrowIfNull(outcomes);
        All = outcomes
            .OrderBy(o => o.TaskId, StringComparer.Ordinal)
            .ThenBy(o => Rank(o.Status))
            .ThenBy(o => o.Evidence.DocumentId, StringComparer.Ordinal)
            .ThenBy(o => o.Evidence.Start)
            .ThenBy(o => o.Target?.Id, StringComparer.Ordinal)
            .ToArray();
        _byTask = All.Where(o => o.TaskId is not null).GroupBy(o => o.TaskId!, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => (IReadOnlyList<Outcome>)g.ToArray(), StringComparer.Ordinal);
        _byTarget = All.Where(o => o.Target is not null).ToLookup(o => o.Target!.Id, StringComparer.Ordinal);
    }

    /// <summary>No outcomes.</summary>
    public static OutcomeIndex Empty { get; } = new([]);

    /// <summary>Every outcome, by task id (those of targets stated outside tasks first) and then best first.</summary>
    public IReadOnlyList<Outcome> All { get; }

    /// <summary>The outcomes of tasks only: what "哪些任务没有完成目标" reads.</summary>
    public IEnumerable<Outcome> OfTasks => All.Where(o => o.TaskId is not null);

    /// <summary>The outcomes of the task <paramref name="taskId"/>, best first; none for an unknown task.</summary>
    public IReadOnlyList<Outcome> ForTask(string taskId) => _byTask.TryGetValue(taskId, out var outcomes) ? outcomes : [];

    /// <summary>The outcomes comparing a target of the indicator <paramref name="indicator"/> (its canonical name), of
    /// <paramref name="year"/> when given: what answers "2023年新增城镇就业目标完成了吗".</summary>
    public IReadOnlyList<Outcome> ForIndicator(string indicator, long? year = null) =>
        All.Where(o => o.Target is { } target && Equals(target.Properties.GetValueOrDefault("indicator"), indicator)
            && (year is null || Equals(target.Properties.GetValueOrDefault("year"), year))).ToArray();

    /// <summary>The outcomes comparing the TARGET measurement <paramref name="targetId"/>, best first; none for a measurement without one.</summary>
    public IReadOnlyList<Outcome> ForTarget(string targetId) => _byTarget[targetId].ToArray();

    private static int Rank(OutcomeStatus status) => status switch
    {
        OutcomeStatus.Met or OutcomeStatus.NotMet => 0,
        OutcomeStatus.Done => 1,
        _ => 2,
    };
}
