using Gaoqing.Graph.Model;
using Gaoqing.Graph.Model.Building;

namespace Gaoqing.Graph.Api.Schema;

/// <summary>Where a fact was read: a span of a document's normalized text; <paramref name="Text"/> when already known.</summary>
public sealed record EvidenceSpan(string DocumentId, int Start, int End, string? Text = null)
{
    /// <summary>The evidence of a node's or relationship's properties (sourceDocument, sourceStart, sourceEnd), or null.</summary>
    public static EvidenceSpan? Of(IReadOnlyDictionary<string, object?> properties)
    {
        if (GraphValues.SourceDocument(properties) is not { } document)
        {
            return null;
        }

        var start = GraphValues.Integer(properties, Evidence.SourceStart) ?? 0;
        var end = GraphValues.Integer(properties, Evidence.SourceEnd) ?? start;
        return new EvidenceSpan(document, (int)start, (int)end);
    }
}
