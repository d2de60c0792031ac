namespace Gaoqing.Graph.Neo4j.Tests.Contract;

/// <summary>The store contract on a real Neo4j named by Neo4j__Url (and Neo4j__User, Neo4j__Password, Neo4j__Database).</summary>
/// <remarks>Each test starts by deleting everything in that database: point it at a database kept for tests.</remarks>
[RequiresVariable("Neo4j__Url")]
public sealed class Neo4jGraphStoreContractTests : GraphStoreContract
{
    private static readonly CypherStatement DeleteEverything = new("delete everything (tests only)", "MATCH (n) DETACH DELETE n", []);

    /// <inheritdoc />
    protected override async Task<IGraphStore> OpenEmptyStoreAsync()
    {
        var options = Neo4jOptions.FromVariables(Environment.GetEnvironmentVariable);
        using (var client = new QueryApiClient(options))
        {
            await client.RunAsync(DeleteEverything, new Dictionary<string, object?>());
        }

        return await Neo4jGraphStore.OpenAsync(options);
    }
}
