using Gaoqing.Graph.Model.Store;

namespace Gaoqing.Graph.Model.Export;

/// <summary>Writes a graph as an idempotent Cypher script: uniqueness constraints, then MERGE by id for every node and relationship.</summary>
/// <remarks>
/// Running the script twice leaves the database as running it once: nodes are merged on their first label's unique id and
/// their properties replaced (SET n = map); relationships are merged on their type and id between their two nodes.
/// </remarks>
public static class CypherScriptWriter
{
    /// <summary>Writes <paramref name="graph"/> to <paramref name="output"/>, one statement per line, each ending with a semicolon.</summary>
    public static void Write(GraphContent graph, TextWriter output)
    {
        output.WriteLine($"// Gaoqing Graph: {graph.Nodes.Count} nodes, {graph.Relationships.Count} relationships. Idempotent: running it again changes nothing.");
        var labels = graph.Nodes.SelectMany(node => node.Labels).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal);
        foreach (var label in labels)
        {
            var constraint = CypherLiteral.Name(label.ToLowerInvariant() + "_id");
            output.WriteLine($"CREATE CONSTRAINT {constraint} IF NOT EXISTS FOR (n:{CypherLiteral.Name(label)}) REQUIRE n.id IS UNIQUE;");
        }

        var firstLabel = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var node in graph.Nodes)
        {
            firstLabel[node.Id] = node.Label;
            var properties = node.Properties.Where(pair => pair.Key != "id").Append(new("id", node.Id));
            var extraLabels = string.Concat(node.Labels.Skip(1).Select(label => ":" + CypherLiteral.Name(label)));
            var addLabels = extraLabels.Length > 0 ? $" SET n{extraLabels}" : string.Empty;
            output.WriteLine(
                $"MERGE (n:{CypherLiteral.Name(node.Label)} {{id: {CypherLiteral.String(node.Id)}}}) SET n = {CypherLiteral.Map(properties)}{addLabels};");
        }

        foreach (var relationship in graph.Relationships)
        {
            var start = firstLabel.TryGetValue(relationship.Start, out var startLabel)
                ? startLabel
                : throw new InvalidDataException($"relationship {relationship.Id}: start node {relationship.Start} is not in the graph");
            var end = firstLabel.TryGetValue(relationship.End, out var endLabel)
                ? endLabel
                : throw new InvalidDataException($"relationship {relationship.Id}: end node {relationship.End} is not in the graph");
            var properties = relationship.Properties.Where(pair => pair.Key != "id").Append(new("id", relationship.Id));
            output.WriteLine(
                $"MATCH (a:{CypherLiteral.Name(start)} {{id: {CypherLiteral.String(relationship.Start)}}}), (b:{CypherLiteral.Name(end)} {{id: {CypherLiteral.String(relationship.End)}}}) " +
                $"MERGE (a)-[r:{CypherLiteral.Name(relationship.Type)} {{id: {CypherLiteral.String(relationship.Id)}}}]->(b) SET r = {CypherLiteral.Map(properties)};");
        }
    }

    /// <summary>The script for <paramref name="graph"/> as one string.</summary>
    public static string ToScript(GraphContent graph)
    {
        using var output = new StringWriter { NewLine = "\n" };
        Write(graph, output);
        return output.ToString();
    }
}
