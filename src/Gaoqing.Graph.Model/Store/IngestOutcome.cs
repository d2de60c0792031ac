namespace Gaoqing.Graph.Model.Store;

/// <summary>The result of one ingest: the document's id, what happened, and warnings from extraction and the store.</summary>
public sealed record IngestOutcome(
    string DocumentId,
    IngestStatus Status,
    IReadOnlyList<string> ReplacedDocumentIds,
    IReadOnlyList<string> Warnings);
