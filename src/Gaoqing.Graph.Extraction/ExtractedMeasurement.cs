namespace Gaoqing.Graph.Extraction;

/// <summary>A figure stated by the text: value and unit, target or actual, the year, and the indicator it measures.</summary>
/// <param name="Qualifier">以上, 左右, 不少于, 力争 … joined by a space, or null.</param>
/// <param name="Indicator">The name of what is measured (高新技术企业, 地区生产总值增长).</param>
/// <param name="Text">The phrase the figure was read from.</param>
/// <param name="Span">The span of <paramref name="Text"/> in the normalized text.</param>
public sealed record ExtractedMeasurement(
    double Value,
    string Unit,
    MeasurementKind Kind,
    int? Year,
    string? Qualifier,
    string Indicator,
    string Text,
    Span Span);
