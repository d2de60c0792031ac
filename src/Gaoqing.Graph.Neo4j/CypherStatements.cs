using Gaoqing.Graph.Neo4j.QueryApi;

namespace Gaoqing.Graph.Neo4j;

/// <summary>Every Cypher statement the Neo4j store sends, in one place; each takes its data only through parameters.</summary>
/// <remarks>
/// The graph lives as <c>(:GraphNode:Label {id, …properties, _labels, _statedBy})</c> nodes joined by typed relationships
/// <c>{id, …properties, _statedBy}</c>; <c>_labels</c> keeps the labels in their order, <c>_statedBy</c> the ids of the documents
/// that state the element. Each document is a <c>(:SourceDocument)</c> with its texts and the graph it stated (JSON), so that
/// removing it can recompute what the others state. One <c>(:GraphStoreLock)</c> node serializes writers and numbers ingests.
/// </remarks>
public static class CypherStatements
{
    /// <summary>The node labels that get a uniqueness constraint on id (the contract's labels).</summary>
    public static IReadOnlyList<string> ConstrainedLabels { get; } =
        ["Department", "Document", "Indicator", "Measurement", "Place", "Project", "Section", "Task"];

    /// <summary>The relationship types that get a uniqueness constraint on id (the contract's types).</summary>
    public static IReadOnlyList<string> ConstrainedTypes { get; } = ["LEADS", "MEASURES", "MENTIONS", "PART_OF", "STATES", "SUPPORTS"];

    /// <summary>The labels whose name property gets a lookup index.</summary>
    public static IReadOnlyList<string> NamedLabels { get; } = ["Department", "Indicator", "Place", "Project"];

    /// <summary>Schema statements run once at start; each is idempotent (IF NOT EXISTS).</summary>
    public static IReadOnlyList<CypherStatement> Schema { get; } =
    [
        new("constraint graph_node_id", "CREATE CONSTRAINT graph_node_id IF NOT EXISTS FOR (n:GraphNode) REQUIRE n.id IS UNIQUE", []),
        new("constraint source_document_id", "CREATE CONSTRAINT source_document_id IF NOT EXISTS FOR (d:SourceDocument) REQUIRE d.id IS UNIQUE", []),
        new("constraint graph_store_lock_id", "CREATE CONSTRAINT graph_store_lock_id IF NOT EXISTS FOR (l:GraphStoreLock) REQUIRE l.id IS UNIQUE", []),
        new("index source_document_number", "CREATE INDEX source_document_number IF NOT EXISTS FOR (d:SourceDocument) ON (d.docNumber)", []),
        .. ConstrainedLabels.Select(label => new CypherStatement(
            $"constraint {label.ToLowerInvariant()}_id",
            $"CREATE CONSTRAINT {label.ToLowerInvariant()}_id IF NOT EXISTS FOR (n:{label}) REQUIRE n.id IS UNIQUE",
            [])),
        .. ConstrainedTypes.Select(type => new CypherStatement(
            $"constraint {type.ToLowerInvariant()}_id",
            $"CREATE CONSTRAINT {type.ToLowerInvariant()}_id IF NOT EXISTS FOR ()-[r:{type}]-() REQUIRE r.id IS UNIQUE",
            [])),
        .. NamedLabels.Select(label => new CypherStatement(
            $"index {label.ToLowerInvariant()}_name",
            $"CREATE INDEX {label.ToLowerInvariant()}_name IF NOT EXISTS FOR (n:{label}) ON (n.name)",
            [])),
    ];

    /// <summary>Takes the write lock for the transaction and returns the next ingest sequence number.</summary>
    public static CypherStatement LockWrites { get; } = new(
        "lock writes",
        "MERGE (l:GraphStoreLock {id: $lock}) SET l.sequence = coalesce(l.sequence, 0) + 1 RETURN l.sequence AS sequence",
        ["lock"]);

    /// <summary>The stored documents with the given id or docNumber.</summary>
    public static CypherStatement FindDocuments { get; } = new(
        "find documents",
        """
        MATCH (d:SourceDocument)
        WHERE d.id = $id OR ($docNumber IS NOT NULL AND d.docNumber = $docNumber)
        RETURN d.id AS id, d.contentHash AS contentHash, d.textHash AS textHash, d.docNumber AS docNumber, d.graph AS graph
        ORDER BY d.sequence
        """,
        ["id", "docNumber"]);

    /// <summary>The graphs (JSON) the given documents stated.</summary>
    public static CypherStatement ReadSourceGraphs { get; } = new(
        "read source graphs",
        "UNWIND $ids AS id MATCH (d:SourceDocument {id: id}) RETURN d.id AS id, d.graph AS graph",
        ["ids"]);

    /// <summary>The relationships with the given ids, each looked up from its start node (rows: {id, start}).</summary>
    public static CypherStatement ReadStatedRelationships { get; } = new(
        "read stated relationships",
        """
        UNWIND $rows AS row
        MATCH (a:GraphNode {id: row.start})-[r]->(b:GraphNode)
        WHERE r.id = row.id
        RETURN r.id AS id, type(r) AS type, a.id AS start, b.id AS end, properties(r) AS properties
        """,
        ["rows"]);

    /// <summary>Deletes the given documents' SourceDocument nodes.</summary>
    public static CypherStatement DeleteSourceDocuments { get; } = new(
        "delete source documents",
        "UNWIND $ids AS id MATCH (d:SourceDocument {id: id}) DELETE d",
        ["ids"]);

    /// <summary>Deletes relationships no document states any more (rows: {id, start}).</summary>
    public static CypherStatement DeleteRelationships { get; } = new(
        "delete relationships",
        "UNWIND $rows AS row MATCH (:GraphNode {id: row.start})-[r]->() WHERE r.id = row.id DELETE r",
        ["rows"]);

    /// <summary>Deletes nodes no document states any more.</summary>
    public static CypherStatement DeleteNodes { get; } = new(
        "delete nodes",
        "UNWIND $ids AS id MATCH (n:GraphNode {id: id}) DETACH DELETE n",
        ["ids"]);

    /// <summary>Creates or updates nodes (rows: {id, labels, removedLabels, properties}); properties replace the old ones.</summary>
    public static CypherStatement WriteNodes { get; } = new(
        "write nodes",
        """
        UNWIND $rows AS row
        MERGE (n:GraphNode {id: row.id})
        SET n = row.properties
        SET n:$(row.labels)
        FOREACH (label IN row.removedLabels | REMOVE n:$(label))
        """,
        ["rows"]);

    /// <summary>Creates or updates relationships (rows: {id, type, start, end, properties}); properties replace the old ones.</summary>
    public static CypherStatement WriteRelationships { get; } = new(
        "write relationships",
        """
        UNWIND $rows AS row
        MATCH (a:GraphNode {id: row.start})
        MATCH (b:GraphNode {id: row.end})
        MERGE (a)-[r:$(row.type) {id: row.id}]->(b)
        SET r = row.properties
        """,
        ["rows"]);

    /// <summary>Stores one document: its texts, hashes, sequence and the graph it states.</summary>
    public static CypherStatement CreateSourceDocument { get; } = new(
        "create source document",
        "CREATE (d:SourceDocument) SET d = $document",
        ["document"]);

    /// <summary>The nodes with the given ids (their properties include the documents that state them).</summary>
    public static CypherStatement GetNodes { get; } = new(
        "get nodes",
        "UNWIND $ids AS id MATCH (n:GraphNode {id: id}) RETURN n.id AS id, n._labels AS labels, properties(n) AS properties",
        ["ids"]);

    /// <summary>One page of the nodes with any label, filtered by equal properties and a case-insensitive search, in id order.</summary>
    /// <remarks>Scans every graph node; the labels of <see cref="ConstrainedLabels"/> use <see cref="GetNodesOfLabel"/> instead.</remarks>
    public static CypherStatement GetNodesByLabel { get; } = new(
        "get nodes by label",
        NodesPage("MATCH (n:GraphNode)", "$label IN n._labels AND "),
        ["label", "where", "search", "after", "first"]);

    /// <summary>For each label of <see cref="ConstrainedLabels"/>, <see cref="GetNodesByLabel"/> reading only the nodes with that label.</summary>
    public static IReadOnlyDictionary<string, CypherStatement> GetNodesOfLabel { get; } = ConstrainedLabels.ToDictionary(
        label => label,
        label => new CypherStatement($"get nodes of label {label}", NodesPage($"MATCH (n:{label}:GraphNode)", string.Empty), ["where", "search", "after", "first"]),
        StringComparer.Ordinal);

    /// <summary>The relationships that start at the given nodes, optionally of one type, in id order.</summary>
    public static CypherStatement GetOutgoingRelationships { get; } = new(
        "get outgoing relationships",
        """
        UNWIND $ids AS id
        MATCH (a:GraphNode {id: id})-[r]->(b:GraphNode)
        WHERE $type IS NULL OR type(r) = $type
        RETURN id AS node, r.id AS id, type(r) AS type, a.id AS start, b.id AS end, properties(r) AS properties
        ORDER BY r.id
        """,
        ["ids", "type"]);

    /// <summary>The relationships that end at the given nodes, optionally of one type, in id order.</summary>
    public static CypherStatement GetIncomingRelationships { get; } = new(
        "get incoming relationships",
        """
        UNWIND $ids AS id
        MATCH (a:GraphNode)-[r]->(b:GraphNode {id: id})
        WHERE $type IS NULL OR type(r) = $type
        RETURN id AS node, r.id AS id, type(r) AS type, a.id AS start, b.id AS end, properties(r) AS properties
        ORDER BY r.id
        """,
        ["ids", "type"]);

    /// <summary>The Document nodes in ingest order.</summary>
    public static CypherStatement GetDocuments { get; } = new(
        "get documents",
        """
        MATCH (d:SourceDocument)
        MATCH (n:GraphNode {id: d.id})
        RETURN n.id AS id, n._labels AS labels, properties(n) AS properties
        ORDER BY d.sequence
        """,
        []);

    /// <summary>Counts of documents, nodes per label and relationships per type, read in one transaction.</summary>
    public static CypherStatement GetStatistics { get; } = new(
        "get statistics",
        """
        CALL () { MATCH (d:SourceDocument) RETURN count(d) AS documents }
        CALL () { MATCH (n:GraphNode) UNWIND n._labels AS label WITH label, count(*) AS nodes RETURN collect({label: label, count: nodes}) AS labels }
        CALL () { MATCH (:GraphNode)-[r]->(:GraphNode) WITH type(r) AS type, count(*) AS relationships RETURN collect({type: type, count: relationships}) AS types }
        RETURN documents, labels, types
        """,
        []);

    /// <summary>A document's normalized and original texts.</summary>
    public static CypherStatement GetDocumentText { get; } = new(
        "get document text",
        "MATCH (d:SourceDocument {id: $id}) RETURN d.normalizedText AS normalizedText, d.originalText AS originalText",
        ["id"]);

    /// <summary>Every node and relationship, read in one transaction.</summary>
    public static CypherStatement GetGraph { get; } = new(
        "get graph",
        """
        CALL () { MATCH (n:GraphNode) RETURN collect({id: n.id, labels: n._labels, properties: properties(n)}) AS nodes }
        CALL () { MATCH (a:GraphNode)-[r]->(b:GraphNode) RETURN collect({id: r.id, type: type(r), start: a.id, end: b.id, properties: properties(r)}) AS relationships }
        RETURN nodes, relationships
        """,
        []);

    /// <summary>All of the statements above, for the lint test.</summary>
    public static IReadOnlyList<CypherStatement> All { get; } =
    [
        .. Schema,
        LockWrites, FindDocuments, ReadSourceGraphs, ReadStatedRelationships,
        DeleteSourceDocuments, DeleteRelationships, DeleteNodes, WriteNodes, WriteRelationships, CreateSourceDocument,
        GetNodes, GetNodesByLabel, .. GetNodesOfLabel.Values, GetOutgoingRelationships, GetIncomingRelationships, GetDocuments, GetStatistics, GetDocumentText, GetGraph,
    ];

    private static string NodesPage(string match, string labelFilter) => $$"""
        {{match}}
        WHERE {{labelFilter}}all(key IN keys($where) WHERE ($where[key] IS NULL AND n[key] IS NULL) OR n[key] = $where[key])
          AND ($search IS NULL OR any(key IN keys(n) WHERE NOT key IN ['id', '_labels', '_statedBy'] AND NOT key STARTS WITH 'source' AND (
                (n[key] IS :: STRING AND toLower(n[key]) CONTAINS toLower($search))
                OR (n[key] IS :: LIST<STRING> AND any(item IN n[key] WHERE toLower(item) CONTAINS toLower($search))))))
        WITH n ORDER BY n.id
        WITH collect(n) AS matches
        WITH matches, [m IN matches WHERE $after IS NULL OR m.id > $after] AS rest
        RETURN size(matches) AS total, size(rest) > $first AS hasNextPage,
               [m IN rest[..$first] | {id: m.id, labels: m._labels, properties: properties(m)}] AS page
        """;
}
