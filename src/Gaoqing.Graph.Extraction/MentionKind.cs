namespace Gaoqing.Graph.Extraction;

/// <summary>What a mention in running text refers to.</summary>
public enum MentionKind
{
    /// <summary>A construction or investment project (隆华PA66).</summary>
    Project,

    /// <summary>A town, subdistrict, river, lake, park or zone.</summary>
    Place,

    /// <summary>A unit of government named in running text.</summary>
    Department,
}
