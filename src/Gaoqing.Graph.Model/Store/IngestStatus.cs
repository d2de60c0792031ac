namespace Gaoqing.Graph.Model.Store;

/// <summary>What an ingest did to the store.</summary>
public enum IngestStatus
{
    /// <summary>The document was new and is now stored.</summary>
    Added,

    /// <summary>The same document was already stored; nothing changed.</summary>
    Unchanged,

    /// <summary>A stored document with the same id or docNumber was replaced by this one.</summary>
    Replaced,
}
