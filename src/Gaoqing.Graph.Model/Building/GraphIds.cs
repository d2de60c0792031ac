using System.Globalization;

namespace Gaoqing.Graph.Model.Building;

/// <summary>The deterministic ids of nodes and relationships: the same text always gives the same ids.</summary>
/// <remarks>
/// Departments, places, projects and indicators are keyed by label and canonical name, so documents share them;
/// a document is keyed by its number (or its name when it has none); its sections, tasks and measurements by the
/// document and their position; a relationship by its type and ends.
/// </remarks>
public static class GraphIds
{
    /// <summary>The id of a document with number <paramref name="docNumber"/>, or of name <paramref name="name"/> without one.</summary>
    public static string Document(string? docNumber, string name) => "document:" + (docNumber ?? name);

    /// <summary>The id of a section, by the ordinals of its headings from the top (<c>3.1</c>).</summary>
    public static string Section(string documentId, string ordinalPath) => $"{documentId}/section:{ordinalPath}";

    /// <summary>The id of a task by its key (its number, or the position of a <c>一是</c> measure).</summary>
    public static string Task(string documentId, string key) => $"{documentId}/task:{key}";

    /// <summary>The id of a measurement by the span of its phrase (two figures of one phrase end at different places).</summary>
    public static string Measurement(string documentId, int start, int end) =>
        string.Create(CultureInfo.InvariantCulture, $"{documentId}/measurement:{start}-{end}");

    /// <summary>The id of a node shared across documents: a department, place, project or indicator.</summary>
    public static string Shared(string label, string canonicalName) => $"{label.ToLowerInvariant()}:{canonicalName}";

    /// <summary>The id of the relationship of <paramref name="type"/> from <paramref name="start"/> to <paramref name="end"/>.</summary>
    public static string Relationship(string type, string start, string end) => $"{type}:{start}->{end}";
}
