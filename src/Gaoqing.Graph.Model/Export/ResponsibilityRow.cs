namespace Gaoqing.Graph.Model.Export;

/// <summary>One task of the responsibility table: its document, number, title, lead and support units, and its text.</summary>
/// <param name="DocumentTitle">The title of the document that states the task.</param>
/// <param name="DocNumber">The document's 文号, or empty when it has none.</param>
/// <param name="TaskNumber">The task's number (26), or its key in the document (1.1.2) when it has none.</param>
/// <param name="TaskTitle">The task's title.</param>
/// <param name="Leads">The lead units (牵头单位), in the order the document names them.</param>
/// <param name="Supports">The supporting units (配合单位), in the order the document names them.</param>
/// <param name="Evidence">The task's text, ending with the clause that names its units.</param>
public sealed record ResponsibilityRow(
    string DocumentTitle,
    string DocNumber,
    string TaskNumber,
    string TaskTitle,
    IReadOnlyList<string> Leads,
    IReadOnlyList<string> Supports,
    string Evidence);
