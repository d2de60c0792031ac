namespace Gaoqing.Graph.Model.Building;

/// <summary>The node labels and relationship types of the graph contract.</summary>
public static class GraphLabels
{
    /// <summary>A policy document.</summary>
    public const string Document = "Document";

    /// <summary>A heading of a document and the text it governs.</summary>
    public const string Section = "Section";

    /// <summary>A numbered task or a 一是 measure.</summary>
    public const string Task = "Task";

    /// <summary>A unit of government.</summary>
    public const string Department = "Department";

    /// <summary>A construction or investment project.</summary>
    public const string Project = "Project";

    /// <summary>A town, subdistrict, river, lake, park or zone.</summary>
    public const string Place = "Place";

    /// <summary>What a measurement measures.</summary>
    public const string Indicator = "Indicator";

    /// <summary>A figure stated by the text.</summary>
    public const string Measurement = "Measurement";

    /// <summary>Department → Task: the department leads the task.</summary>
    public const string Leads = "LEADS";

    /// <summary>Department → Task: the department supports the task.</summary>
    public const string Supports = "SUPPORTS";

    /// <summary>Task → Section; Section → Document (and a subsection → its section); Task → Document without a section.</summary>
    public const string PartOf = "PART_OF";

    /// <summary>Task, Section or Document → Project, Place or Department named in its text.</summary>
    public const string Mentions = "MENTIONS";

    /// <summary>Measurement → Indicator.</summary>
    public const string Measures = "MEASURES";

    /// <summary>Task, Section or Document → the Measurement it states.</summary>
    public const string States = "STATES";
}
