namespace Gaoqing.Graph.Answering;

/// <summary>The intents the classifier tells apart; the names are the <c>intent</c> strings of an answer.</summary>
public static class Intents
{
    /// <summary>Tasks a unit leads (发改局牵头哪些任务).</summary>
    public const string DepartmentLeads = "DEPARTMENT_LEADS";

    /// <summary>Tasks a unit supports (科技局配合哪些任务).</summary>
    public const string DepartmentSupports = "DEPARTMENT_SUPPORTS";

    /// <summary>Tasks a unit takes part in either way (发改局负责哪些工作).</summary>
    public const string DepartmentTasks = "DEPARTMENT_TASKS";

    /// <summary>The lead units of a task (积极发展可再生能源由谁牵头).</summary>
    public const string TaskLeads = "TASK_LEADS";

    /// <summary>The supporting units of a task.</summary>
    public const string TaskSupports = "TASK_SUPPORTS";

    /// <summary>Every unit of a task, lead and support.</summary>
    public const string TaskUnits = "TASK_UNITS";

    /// <summary>What a task is about (第26项是什么).</summary>
    public const string TaskDetail = "TASK_DETAIL";

    /// <summary>The units a unit shares tasks with (科技局和哪些部门合作最多).</summary>
    public const string Partners = "PARTNERS";

    /// <summary>How many tasks a unit leads.</summary>
    public const string CountLeads = "COUNT_LEADS";

    /// <summary>How many tasks a unit supports.</summary>
    public const string CountSupports = "COUNT_SUPPORTS";

    /// <summary>How many tasks there are (in all, or a unit takes part in).</summary>
    public const string CountTasks = "COUNT_TASKS";

    /// <summary>The unit that leads the most tasks (哪个部门牵头的任务最多).</summary>
    public const string TopDepartment = "TOP_DEPARTMENT";

    /// <summary>A figure of an indicator (2023年地区生产总值是多少).</summary>
    public const string Measurement = "MEASUREMENT";

    /// <summary>The tasks that name a project.</summary>
    public const string ProjectTasks = "PROJECT_TASKS";

    /// <summary>The tasks that name a place.</summary>
    public const string PlaceTasks = "PLACE_TASKS";

    /// <summary>Facts of a document: number, issuer, date, title.</summary>
    public const string DocumentFacts = "DOCUMENT_FACTS";

    /// <summary>Whether the targets of an indicator were met (2023年新增城镇就业目标完成了吗).</summary>
    public const string OutcomeOfIndicator = "OUTCOME_OF_INDICATOR";

    /// <summary>Whether a task's target or work was achieved (第4项任务完成了吗).</summary>
    public const string OutcomeOfTask = "OUTCOME_OF_TASK";

    /// <summary>The tasks whose reported actual fell short of the target (哪些任务没有完成目标).</summary>
    public const string UnmetTasks = "UNMET_TASKS";

    /// <summary>The tasks reported met or done (哪些任务已经完成).</summary>
    public const string DoneTasks = "DONE_TASKS";

    /// <summary>Plain keyword search (充电桩).</summary>
    public const string Search = "SEARCH";

    /// <summary>A question that could not be read (empty, too long, no words).</summary>
    public const string Invalid = "INVALID";
}
