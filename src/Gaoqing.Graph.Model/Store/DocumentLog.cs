using System.Collections.Immutable;
using Microsoft.Data.Sqlite;

namespace Gaoqing.Graph.Model.Store;

/// <summary>The durable half of the embedded store: every stored document's rows in one SQLite file (WAL journal).</summary>
/// <remarks>Each write is one transaction, so a process killed during a write leaves the file as it was before it.</remarks>
internal sealed class DocumentLog : IDisposable
{
    /// <summary>The file name of the database inside the data folder.</summary>
    public const string FileName = "graph.db";

    private const string Schema =
        """
        CREATE TABLE IF NOT EXISTS documents (
            id TEXT PRIMARY KEY, sequence INTEGER NOT NULL UNIQUE, doc_number TEXT,
            normalized_text TEXT NOT NULL, original_text TEXT NOT NULL, warnings TEXT NOT NULL);
        CREATE TABLE IF NOT EXISTS nodes (
            document_id TEXT NOT NULL, ordinal INTEGER NOT NULL, id TEXT NOT NULL, labels TEXT NOT NULL, properties TEXT NOT NULL,
            PRIMARY KEY (document_id, ordinal));
        CREATE TABLE IF NOT EXISTS relationships (
            document_id TEXT NOT NULL, ordinal INTEGER NOT NULL, id TEXT NOT NULL, type TEXT NOT NULL,
            start_id TEXT NOT NULL, end_id TEXT NOT NULL, properties TEXT NOT NULL,
            PRIMARY KEY (document_id, ordinal));
        """;

    private readonly SqliteConnection connection;

    private DocumentLog(SqliteConnection connection) => this.connection = connection;

    /// <summary>Called after each row a write inserts, with the number of rows so far; tests use it to fail mid-write.</summary>
    internal Action<int>? RowWritten { get; set; }

    /// <summary>Opens (creating if needed) the log in <paramref name="dataDir"/>.</summary>
    public static DocumentLog Open(string dataDir)
    {
        Directory.CreateDirectory(dataDir);
        var builder = new SqliteConnectionStringBuilder
        {
            DataSource = Path.Combine(dataDir, FileName),
            Mode = SqliteOpenMode.ReadWriteCreate,
            Pooling = false,
        };
        var connection = new SqliteConnection(builder.ToString());
        try
        {
            connection.Open();
            Execute(connection, "PRAGMA journal_mode=WAL; PRAGMA synchronous=FULL;");
            Execute(connection, Schema);
            return new DocumentLog(connection);
        }
        catch
        {
            connection.Dispose();
            throw;
        }
    }

    /// <summary>Every stored document, in ingest order.</summary>
    public IReadOnlyList<StoredDocument> ReadAll()
    {
        var nodes = new Dictionary<string, ImmutableArray<GraphNode>.Builder>(StringComparer.Ordinal);
        using (var command = Command("SELECT document_id, id, labels, properties FROM nodes ORDER BY document_id, ordinal"))
        using (var reader = command.ExecuteReader())
        {
            while (reader.Read())
            {
                var list = Group(nodes, reader.GetString(0));
                var id = reader.GetString(1);
                list.Add(new GraphNode(
                    id,
                    CanonicalJsonReader.ReadList(reader.GetFieldValue<byte[]>(2), id),
                    CanonicalJsonReader.ReadProperties(reader.GetFieldValue<byte[]>(3), id)));
            }
        }

        var relationships = new Dictionary<string, ImmutableArray<GraphRelationship>.Builder>(StringComparer.Ordinal);
        using (var command = Command("SELECT document_id, id, type, start_id, end_id, properties FROM relationships ORDER BY document_id, ordinal"))
        using (var reader = command.ExecuteReader())
        {
            while (reader.Read())
            {
                var id = reader.GetString(1);
                Group(relationships, reader.GetString(0)).Add(new GraphRelationship(
                    id, reader.GetString(2), reader.GetString(3), reader.GetString(4), CanonicalJsonReader.ReadProperties(reader.GetFieldValue<byte[]>(5), id)));
            }
        }

        var documents = new List<StoredDocument>();
        using (var command = Command("SELECT id, sequence, normalized_text, original_text, warnings FROM documents ORDER BY sequence"))
        using (var reader = command.ExecuteReader())
        {
            while (reader.Read())
            {
                var id = reader.GetString(0);
                documents.Add(StoredDocument.FromLog(
                    reader.GetInt64(1),
                    nodes.TryGetValue(id, out var documentNodes) ? documentNodes.ToImmutable() : throw new InvalidDataException($"stored document {id} has no nodes"),
                    relationships.TryGetValue(id, out var documentRelationships) ? documentRelationships.ToImmutable() : [],
                    reader.GetString(2),
                    reader.GetString(3),
                    CanonicalJsonReader.ReadList(reader.GetFieldValue<byte[]>(4), id)));
            }
        }

        return documents;
    }

    /// <summary>In one transaction, deletes the documents <paramref name="removed"/> and inserts <paramref name="added"/>.</summary>
    public void Write(IReadOnlyCollection<string> removed, IReadOnlyList<StoredDocument> added)
    {
        using var transaction = connection.BeginTransaction(deferred: false);
        var rows = 0;
        foreach (var id in removed)
        {
            foreach (var table in new[] { "relationships", "nodes" })
            {
                using var delete = Command($"DELETE FROM {table} WHERE document_id = $id", transaction);
                delete.Parameters.AddWithValue("$id", id);
                delete.ExecuteNonQuery();
            }

            using var deleteDocument = Command("DELETE FROM documents WHERE id = $id", transaction);
            deleteDocument.Parameters.AddWithValue("$id", id);
            deleteDocument.ExecuteNonQuery();
        }

        foreach (var document in added)
        {
            using (var insert = Command(
                "INSERT INTO documents (id, sequence, doc_number, normalized_text, original_text, warnings) VALUES ($id, $sequence, $number, $normalized, $original, $warnings)",
                transaction))
            {
                insert.Parameters.AddWithValue("$id", document.Id);
                insert.Parameters.AddWithValue("$sequence", document.Sequence);
                insert.Parameters.AddWithValue("$number", (object?)document.DocNumber ?? DBNull.Value);
                insert.Parameters.AddWithValue("$normalized", document.NormalizedText);
                insert.Parameters.AddWithValue("$original", document.OriginalText);
                insert.Parameters.AddWithValue("$warnings", PropertyValues.ListToJson(document.Warnings));
                insert.ExecuteNonQuery();
                RowWritten?.Invoke(++rows);
            }

            InsertNodes(document, transaction, ref rows);
            InsertRelationships(document, transaction, ref rows);
        }

        transaction.Commit();
    }

    /// <summary>Closes the database file.</summary>
    public void Dispose() => connection.Dispose();

    private static ImmutableArray<T>.Builder Group<T>(Dictionary<string, ImmutableArray<T>.Builder> groups, string key)
    {
        if (!groups.TryGetValue(key, out var list))
        {
            list = ImmutableArray.CreateBuilder<T>();
            groups[key] = list;
        }

        return list;
    }

    private static void Execute(SqliteConnection connection, string sql)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        command.ExecuteNonQuery();
    }

    private void InsertNodes(StoredDocument document, SqliteTransaction transaction, ref int rows)
    {
        using var insert = Command(
            "INSERT INTO nodes (document_id, ordinal, id, labels, properties) VALUES ($document, $ordinal, $id, $labels, $properties)", transaction);
        var ordinal = insert.Parameters.Add("$ordinal", SqliteType.Integer);
        var id = insert.Parameters.Add("$id", SqliteType.Text);
        var labels = insert.Parameters.Add("$labels", SqliteType.Text);
        var properties = insert.Parameters.Add("$properties", SqliteType.Text);
        insert.Parameters.AddWithValue("$document", document.Id);
        for (var index = 0; index < document.Nodes.Length; index++)
        {
            var node = document.Nodes[index];
            ordinal.Value = index;
            id.Value = node.Id;
            labels.Value = PropertyValues.ListToJson(node.Labels);
            properties.Value = PropertyValues.ToJson(node.Properties);
            insert.ExecuteNonQuery();
            RowWritten?.Invoke(++rows);
        }
    }

    private void InsertRelationships(StoredDocument document, SqliteTransaction transaction, ref int rows)
    {
        using var insert = Command(
            "INSERT INTO relationships (document_id, ordinal, id, type, start_id, end_id, properties) VALUES ($document, $ordinal, $id, $type, $start, $end, $properties)",
            transaction);
        var ordinal = insert.Parameters.Add("$ordinal", SqliteType.Integer);
        var id = insert.Parameters.Add("$id", SqliteType.Text);
        var type = insert.Parameters.Add("$type", SqliteType.Text);
        var start = insert.Parameters.Add("$start", SqliteType.Text);
        var end = insert.Parameters.Add("$end", SqliteType.Text);
        var properties = insert.Parameters.Add("$properties", SqliteType.Text);
        insert.Parameters.AddWithValue("$document", document.Id);
        for (var index = 0; index < document.Relationships.Length; index++)
        {
            var relationship = document.Relationships[index];
            ordinal.Value = index;
            id.Value = relationship.Id;
            type.Value = relationship.Type;
            start.Value = relationship.Start;
            end.Value = relationship.End;
            properties.Value = PropertyValues.ToJson(relationship.Properties);
            insert.ExecuteNonQuery();
            RowWritten?.Invoke(++rows);
        }
    }

    private SqliteCommand Command(string sql, SqliteTransaction? transaction = null)
    {
        var command = connection.CreateCommand();
        command.CommandText = sql;
        command.Transaction = transaction;
        return command;
    }
}
