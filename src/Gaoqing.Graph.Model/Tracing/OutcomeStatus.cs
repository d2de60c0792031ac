namespace Gaoqing.Graph.Model.Tracing;

/// <summary>What a later document says about a task's target or work.</summary>
public enum OutcomeStatus
{
    /// <summary>A reported actual reaches the task's target.</summary>
    Met,

    /// <summary>A reported actual falls short of the task's target.</summary>
    NotMet,

    /// <summary>A later document reports the task's work as done (完工, 竣工, 建成, 完成, 创建成功 …).</summary>
    Done,

    /// <summary>A later document reports on the task without a verdict.</summary>
    Reported,
}
