namespace Gaoqing.Graph.Extraction;

/// <summary>Whether a unit leads a task (牵头, 负责, 责任单位) or supports it (配合).</summary>
public enum ResponsibilityRole
{
    /// <summary>The unit leads or is plainly responsible.</summary>
    Lead,

    /// <summary>The unit supports the lead units.</summary>
    Support,
}
