namespace Gaoqing.Graph.Model.Store;

/// <summary>A stored document's texts: evidence offsets point into <see cref="NormalizedText"/>.</summary>
public sealed record DocumentText(string DocumentId, string NormalizedText, string OriginalText);
