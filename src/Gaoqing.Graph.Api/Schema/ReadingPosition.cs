using Gaoqing.Graph.Model;
using Gaoqing.Graph.Model.Building;

namespace Gaoqing.Graph.Api.Schema;

/// <summary>Where a node or relationship was read: its document, where its evidence starts, then its id to break ties.</summary>
internal readonly record struct ReadingPosition(string Document, long Start, string Id) : IComparable<ReadingPosition>
{
    /// <summary>The position of an element with these properties and this id; no document sorts first, no start last.</summary>
    public static ReadingPosition Of(IReadOnlyDictionary<string, object?> properties, string id) =>
        new(GraphValues.SourceDocument(properties) ?? string.Empty, GraphValues.Integer(properties, Evidence.SourceStart) ?? long.MaxValue, id);

    /// <inheritdoc />
    public int CompareTo(ReadingPosition other)
    {
        var byDocument = string.CompareOrdinal(Document, other.Document);
        if (byDocument != 0)
        {
            return byDocument;
        }

        var byStart = Start.CompareTo(other.Start);
        return byStart != 0 ? byStart : string.CompareOrdinal(Id, other.Id);
    }
}
