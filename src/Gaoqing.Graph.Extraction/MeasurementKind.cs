namespace Gaoqing.Graph.Extraction;

/// <summary>Whether a figure is aimed at (a plan's target) or was achieved (a report's result).</summary>
public enum MeasurementKind
{
    /// <summary>A figure the document aims at.</summary>
    Target,

    /// <summary>A figure the document reports as achieved.</summary>
    Actual,
}
