using Gaoqing.Graph.GraphQL.Execution;
using Gaoqing.Graph.GraphQL.Language;
using Gaoqing.Graph.GraphQL.Types;

namespace Gaoqing.Graph.GraphQL.Tests.Execution;

/// <summary>Per-request loaders batch every key asked for while the executor has ready work, and cache per request.</summary>
public sealed class DataLoaderTests
{
    private sealed record TaskRow(string Id, string DepartmentId);

    private sealed record DepartmentRow(string Id, string Name);

    private sealed class CountingStore
    {
        public int DepartmentBatches;
        public List<int> BatchSizes { get; } = [];

        public async ValueTask<IReadOnlyDictionary<string, DepartmentRow>> LoadDepartmentsAsync(IReadOnlyList<string> ids, CancellationToken cancellationToken)
        {
            Interlocked.Increment(ref DepartmentBatches);
            lock (BatchSizes)
            {
                BatchSizes.Add(ids.Count);
            }
            await Task.Delay(1, cancellationToken);
            return ids.ToDictionary(id => id, id => new DepartmentRow(id, "部门" + id));
        }
    }

    private static Schema BuildSchema(CountingStore store, IReadOnlyList<TaskRow> tasks, bool asyncTasks) => new SchemaBuilder()
        .Object("Query", q => q.Field("tasks", "[Task!]!", f => f.Resolve(async _ =>
        {
            if (asyncTasks)
            {
                await Task.Yield();
            }
            return (object?)tasks;
        })))
        .Object("Task", t => t
            .Field("id", "ID!")
            .Field("department", "Department!", async c =>
            {
                var loader = c.GetDataLoader<string, DepartmentRow>("departments", store.LoadDepartmentsAsync);
                return await loader.LoadAsync(((TaskRow)c.Source!).DepartmentId);
            }))
        .Object("Department", d => d.Field("id", "ID!").Field("name", "String!"))
        .Build();

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task Seventy_tasks_load_their_departments_in_one_batch(bool asyncTasks)
    {
        var tasks = Enumerable.Range(1, 70).Select(i => new TaskRow("t" + i, "d" + (i % 9))).ToList();
        var store = new CountingStore();
        var schema = BuildSchema(store, tasks, asyncTasks);

        var result = await Executor.ExecuteAsync(schema, Parser.Parse("{ tasks { id department { id name } } }"));

        Assert.Null(result.Errors);
        Assert.Equal(1, store.DepartmentBatches);
        Assert.Equal([9], store.BatchSizes);
        var list = (List<object?>)result.Data!["tasks"]!;
        Assert.Equal(70, list.Count);
        var last = (ResultMap)((ResultMap)list[69]!)["department"]!;
        Assert.Equal("d7", last["id"]);
        Assert.Equal("部门d7", last["name"]);
    }

    [Fact]
    public async Task Each_request_gets_its_own_cache()
    {
        var tasks = new List<TaskRow> { new("t1", "d1"), new("t2", "d1") };
        var store = new CountingStore();
        var schema = BuildSchema(store, tasks, false);
        var document = Parser.Parse("{ tasks { department { name } } }");

        await Executor.ExecuteAsync(schema, document);
        await Executor.ExecuteAsync(schema, document);

        Assert.Equal(2, store.DepartmentBatches);
        Assert.Equal([1, 1], store.BatchSizes);
    }

    [Fact]
    public async Task Keys_that_depend_on_loaded_values_batch_once_per_level()
    {
        var store = new CountingStore();
        var schema = new SchemaBuilder()
            .Object("Query", q => q.Field("departments", "[Department!]!", _ => (object?)new[] { "a", "b", "c" }))
            .Object("Department", d => d
                .Field("name", "String!", async c => (await c.GetDataLoader<string, DepartmentRow>("d", store.LoadDepartmentsAsync).LoadAsync((string)c.Source!))!.Name)
                .Field("parent", "Department", async c => (await c.GetDataLoader<string, DepartmentRow>("d", store.LoadDepartmentsAsync).LoadAsync((string)c.Source!))!.Id + "-parent"))
            .Build();

        var result = await Executor.ExecuteAsync(schema, Parser.Parse("{ departments { name parent { name parent { name } } } }"));

        Assert.Null(result.Errors);
        Assert.Equal([3, 3, 3], store.BatchSizes);
    }

    [Fact]
    public async Task A_failing_batch_becomes_a_field_error_for_each_key()
    {
        var schema = new SchemaBuilder()
            .Object("Query", q => q.Field("items", "[Item]", _ => (object?)new[] { 1, 2 }))
            .Object("Item", i => i.Field("label", "String", async c =>
                await c.GetDataLoader<int, string>("labels", (_, _) => throw new InvalidOperationException("store offline")).LoadAsync((int)c.Source!)))
            .Build();

        var result = await Executor.ExecuteAsync(schema, Parser.Parse("{ items { label } }"));

        Assert.Equal(
            "{\"errors\":[{\"message\":\"store offline\",\"locations\":[{\"line\":1,\"column\":11}],\"path\":[\"items\",0,\"label\"]},{\"message\":\"store offline\",\"locations\":[{\"line\":1,\"column\":11}],\"path\":[\"items\",1,\"label\"]}],\"data\":{\"items\":[{\"label\":null},{\"label\":null}]}}",
            result.ToJson());
    }

    [Fact]
    public async Task Concurrent_requests_on_one_schema_keep_their_loaders_apart()
    {
        var store = new CountingStore();
        var tasks = Enumerable.Range(1, 20).Select(i => new TaskRow("t" + i, "d" + (i % 4))).ToList();
        var schema = BuildSchema(store, tasks, true);
        var document = Parser.Parse("{ tasks { id department { name } } }");

        var results = await Task.WhenAll(Enumerable.Range(0, 40).Select(_ => Task.Run(() => Executor.ExecuteAsync(schema, document))));

        var expected = results[0].ToJson();
        Assert.Contains("部门d3", expected, StringComparison.Ordinal);
        Assert.All(results, r => Assert.Equal(expected, r.ToJson()));
        Assert.Equal(40, store.DepartmentBatches);
    }
}
