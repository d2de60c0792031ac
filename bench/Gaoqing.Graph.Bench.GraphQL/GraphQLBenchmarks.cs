using System.Text.Json;
using BenchmarkDotNet.Attributes;
using Gaoqing.Graph.GraphQL.Execution;
using Gaoqing.Graph.GraphQL.Language;
using Gaoqing.Graph.GraphQL.Language.Ast;
using Gaoqing.Graph.GraphQL.Types;
using Gaoqing.Graph.GraphQL.Validation;

namespace Gaoqing.Graph.Bench.GraphQL;

/// <summary>Parse, validate, and execute + serialize, the "department → led tasks → supports" query of bench/graphql.</summary>
[MemoryDiagnoser]
[SimpleJob(warmupCount: 3, iterationCount: 8)]
public class GraphQLBenchmarks
{
    private string _query = string.Empty;
    private DocumentNode _document = null!;
    private Schema _schema = null!;
    private JsonElement _root;
    private Dictionary<string, object?> _variables = null!;

    /// <summary>Loads schema, query and data once.</summary>
    [GlobalSetup]
    public void Setup()
    {
        var folder = Path.Combine(AppContext.BaseDirectory, "graphql");
        _query = File.ReadAllText(Path.Combine(folder, "query.graphql"));
        _document = Parser.Parse(_query);
        _schema = SchemaFromSdl.Build(File.ReadAllText(Path.Combine(folder, "schema.graphql")));
        _root = JsonDocument.Parse(File.ReadAllText(Path.Combine(folder, "root.json"))).RootElement.Clone();
        _variables = new Dictionary<string, object?> { ["id"] = "d1" };
    }

    /// <summary>Parses the query text.</summary>
    [Benchmark]
    public DocumentNode Parse() => Parser.Parse(_query);

    /// <summary>Validates the parsed query with every specified rule.</summary>
    [Benchmark]
    public int Validate() => DocumentValidator.Validate(_schema, _document).Count;

    /// <summary>Executes the parsed query and writes the JSON response.</summary>
    [Benchmark]
    public async Task<string> Execute()
    {
        var result = await Executor.ExecuteAsync(_schema, _document, null, _variables, _root);
        return result.ToJson();
    }
}
