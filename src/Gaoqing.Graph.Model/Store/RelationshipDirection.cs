namespace Gaoqing.Graph.Model.Store;

/// <summary>Which end of a relationship the given node ids are.</summary>
public enum RelationshipDirection
{
    /// <summary>Relationships that start at the nodes.</summary>
    Outgoing,

    /// <summary>Relationships that end at the nodes.</summary>
    Incoming,
}
