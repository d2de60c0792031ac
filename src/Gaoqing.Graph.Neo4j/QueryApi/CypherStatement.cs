namespace Gaoqing.Graph.Neo4j.QueryApi;

/// <summary>One fixed Cypher statement and the names of the parameters it takes; data only ever goes in the parameters.</summary>
/// <param name="Name">What the statement does, for errors and the lint report.</param>
/// <param name="Text">The Cypher text, constant for the life of the program.</param>
/// <param name="Parameters">The names of its parameters, without the $.</param>
public sealed record CypherStatement(string Name, string Text, IReadOnlyList<string> Parameters);
