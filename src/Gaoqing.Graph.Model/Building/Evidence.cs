using Gaoqing.Graph.Extraction;

namespace Gaoqing.Graph.Model.Building;

/// <summary>The evidence properties (sourceDocument, sourceStart, sourceEnd) of what was read from a span.</summary>
public static class Evidence
{
    /// <summary>The id of the document the fact was read from.</summary>
    public const string SourceDocument = "sourceDocument";

    /// <summary>Where the span starts in the document's normalized text.</summary>
    public const string SourceStart = "sourceStart";

    /// <summary>Where the span ends (exclusive) in the document's normalized text.</summary>
    public const string SourceEnd = "sourceEnd";

    /// <summary>Adds the evidence of <paramref name="span"/> in document <paramref name="documentId"/> to <paramref name="properties"/>.</summary>
    public static Dictionary<string, object?> Add(Dictionary<string, object?> properties, string documentId, Span span)
    {
        properties[SourceDocument] = documentId;
        properties[SourceStart] = (long)span.Start;
        properties[SourceEnd] = (long)span.End;
        return properties;
    }
}
