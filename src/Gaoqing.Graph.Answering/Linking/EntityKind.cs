namespace Gaoqing.Graph.Answering.Linking;

/// <summary>What a linked span of a question names.</summary>
public enum EntityKind
{
    /// <summary>A unit of government.</summary>
    Department,

    /// <summary>A task, by number or by title.</summary>
    Task,

    /// <summary>A project.</summary>
    Project,

    /// <summary>A place.</summary>
    Place,

    /// <summary>An indicator, by its name or an everyday name.</summary>
    Indicator,

    /// <summary>A document, by its number or title.</summary>
    Document,

    /// <summary>A year.</summary>
    Year,

    /// <summary>Something written like a unit's name that the graph does not know.</summary>
    UnknownDepartment,

    /// <summary>Something written like a place's name that the graph does not know.</summary>
    UnknownPlace,
}
