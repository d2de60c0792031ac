using Gaoqing.Graph.GraphQL.Execution;
using Gaoqing.Graph.GraphQL.Language;
using Gaoqing.Graph.GraphQL.Types;

namespace Gaoqing.Graph.GraphQL.Tests.Execution;

/// <summary>Serial mutations, parallel query fields, async errors with paths, and cancellation on a code-first schema.</summary>
public sealed class ExecutionSemanticsTests
{
    [Fact]
    public async Task Mutation_fields_run_one_after_another_in_document_order()
    {
        var log = new List<string>();
        var running = 0;
        var maxRunning = 0;
        async ValueTask<object?> Step(ResolveContext c)
        {
            maxRunning = Math.Max(maxRunning, Interlocked.Increment(ref running));
            log.Add("start " + c.Arguments["n"]);
            await Task.Delay(5);
            log.Add("end " + c.Arguments["n"]);
            Interlocked.Decrement(ref running);
            return c.Arguments["n"];
        }
        var schema = new SchemaBuilder()
            .Object("Query", q => q.Field("ok", "Boolean", _ => true))
            .Object("Mutation", m => m.Field("step", "Int", f => f.Argument("n", "Int!").Resolve(Step)))
            .Build();

        var result = await Executor.ExecuteAsync(schema, Parser.Parse("mutation { c: step(n: 3) a: step(n: 1) b: step(n: 2) }"));

        Assert.Equal("{\"data\":{\"c\":3,\"a\":1,\"b\":2}}", result.ToJson());
        Assert.Equal(["start 3", "end 3", "start 1", "end 1", "start 2", "end 2"], log);
        Assert.Equal(1, maxRunning);
    }

    [Fact]
    public async Task Query_fields_start_before_any_of_them_finishes()
    {
        var gate = new TaskCompletionSource();
        var started = 0;
        async ValueTask<object?> Wait(ResolveContext c)
        {
            if (Interlocked.Increment(ref started) == 3)
            {
                gate.SetResult();
            }
            await gate.Task.WaitAsync(TimeSpan.FromSeconds(10));
            return c.Field.Name;
        }
        var schema = new SchemaBuilder()
            .Object("Query", q => q.Field("a", "String", Wait).Field("b", "String", Wait).Field("c", "String", Wait))
            .Build();

        var result = await Executor.ExecuteAsync(schema, Parser.Parse("{ c b a }"));

        Assert.Equal("{\"data\":{\"c\":\"c\",\"b\":\"b\",\"a\":\"a\"}}", result.ToJson());
    }

    [Fact]
    public async Task Async_errors_carry_path_and_location_and_null_propagates_to_the_nearest_nullable_parent()
    {
        var schema = new SchemaBuilder()
            .Object("Query", q => q.Field("list", "[Row]", _ => (object?)new[] { 1, 2, 3 }))
            .Object("Row", r => r
                .Field("id", "Int!", c => c.Source)
                .Field("detail", "Detail!", async c =>
                {
                    await Task.Yield();
                    return (int)c.Source! == 2 ? throw new InvalidOperationException("row 2 failed") : (object?)c.Source;
                }))
            .Object("Detail", d => d.Field("n", "Int", c => c.Source))
            .Build();

        var result = await Executor.ExecuteAsync(schema, Parser.Parse("{\n  list {\n    id\n    detail { n }\n  }\n}"));

        Assert.Equal(
            "{\"errors\":[{\"message\":\"row 2 failed\",\"locations\":[{\"line\":4,\"column\":5}],\"path\":[\"list\",1,\"detail\"]}],\"data\":{\"list\":[{\"id\":1,\"detail\":{\"n\":1}},null,{\"id\":3,\"detail\":{\"n\":3}}]}}",
            result.ToJson());
    }

    [Fact]
    public async Task Cancellation_stops_execution_with_OperationCanceledException()
    {
        using var cancellation = new CancellationTokenSource();
        var schema = new SchemaBuilder()
            .Object("Query", q => q.Field("slow", "String", async c =>
            {
                cancellation.Cancel();
                await Task.Delay(Timeout.Infinite, c.CancellationToken);
                return "never";
            }))
            .Build();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() =>
            Executor.ExecuteAsync(schema, Parser.Parse("{ slow }"), cancellationToken: cancellation.Token));
    }

    [Fact]
    public async Task Resolvers_see_coerced_arguments_defaults_and_context()
    {
        var schema = new SchemaBuilder()
            .Enum("Color", e => e.Value("RED", ConsoleColor.Red).Value("BLUE", ConsoleColor.Blue))
            .Input("Paint", i => i.Field("color", "Color!").Field("coats", "Int", f => f.Default(2)))
            .Object("Query", q => q.Field("describe", "String", f => f
                .Argument("paint", "Paint!")
                .Argument("note", "String", a => a.DefaultLiteralText("\"plain\""))
                .Resolve(c =>
                {
                    var paint = (IReadOnlyDictionary<string, object?>)c.Arguments["paint"]!;
                    return $"{paint["color"]}x{paint["coats"]} {c.Argument<string>("note")} for {c.UserContext}";
                })))
            .Build();

        var result = await Executor.ExecuteAsync(schema, Parser.Parse("{ describe(paint: {color: BLUE}) }"), userContext: "高青");

        Assert.Equal("{\"data\":{\"describe\":\"Bluex2 plain for 高青\"}}", result.ToJson());
    }

    [Fact]
    public async Task The_deepest_query_the_parser_allows_executes_without_crashing()
    {
        var schema = new SchemaBuilder()
            .Object("Query", q => q.Field("node", "Node", _ => 0))
            .Object("Node", n => n.Field("depth", "Int", c => c.Source).Field("child", "Node", c => (int)c.Source! + 1))
            .Build();
        const int levels = 510;
        var query = "{ node { " + string.Concat(Enumerable.Repeat("child { ", levels - 1)) + "depth" + new string('}', levels) + " }";

        var result = await Executor.ExecuteAsync(schema, Parser.Parse(query));

        var json = result.ToJson();
        Assert.Contains("\"depth\":" + (levels - 1), json, StringComparison.Ordinal);
    }

    private sealed record Person(string Name, int Age, Person? Friend)
    {
        public string this[int index] => Name;
    }

    [Fact]
    public async Task Default_resolver_reads_clr_properties_by_exact_or_pascal_case_name()
    {
        var schema = SchemaFromSdl.Build("type Query { me: Person } type Person { name: String Age: Int friend: Person missing: String }");
        var root = new Dictionary<string, object?> { ["me"] = new Person("王", 41, new Person("李", 39, null)) };

        var result = await Executor.ExecuteAsync(schema, Parser.Parse("{ me { name Age missing friend { name friend { name } } } }"), rootValue: root);

        Assert.Equal("{\"data\":{\"me\":{\"name\":\"王\",\"Age\":41,\"missing\":null,\"friend\":{\"name\":\"李\",\"friend\":null}}}}", result.ToJson());
    }

    [Fact]
    public async Task Deeply_nested_variable_values_give_errors_not_a_crash()
    {
        var schema = SchemaFromSdl.Build("type Query { echo(r: R, l: [Int]): Int } input R { r: R n: Int }");
        object? nested = new Dictionary<string, object?> { ["n"] = 1 };
        object? list = 1;
        for (var i = 0; i < 100_000; i++)
        {
            nested = new Dictionary<string, object?> { ["r"] = nested };
            list = new List<object?> { list };
        }

        var objectResult = await Executor.ExecuteAsync(schema, Parser.Parse("query ($r: R) { echo(r: $r) }"), variables: new Dictionary<string, object?> { ["r"] = nested });
        var listResult = await Executor.ExecuteAsync(schema, Parser.Parse("query ($l: [Int]) { echo(l: $l) }"), variables: new Dictionary<string, object?> { ["l"] = list });

        Assert.Contains("nested too deeply", Assert.Single(objectResult.Errors!).Message, StringComparison.Ordinal);
        Assert.False(objectResult.HasData);
        Assert.Equal("Variable \"$l\" got invalid value [[[Array]]] at \"l[0]\"; Int cannot represent non-integer value: [[[Array]]]", Assert.Single(listResult.Errors!).Message);
    }

    [Fact]
    public async Task Arguments_convert_to_the_numeric_type_a_resolver_asks_for()
    {
        var schema = new SchemaBuilder()
            .Object("Query", q => q.Field("sum", "Float", f => f
                .Argument("a", "Int!")
                .Argument("b", "Float", b => b.Default(0.5))
                .Argument("c", "Int")
                .Resolve(c => c.Argument<long>("a") + c.Argument<double>("b") + (c.Argument<int?>("c") ?? 100))))
            .Build();

        var result = await Executor.ExecuteAsync(schema, Parser.Parse("{ sum(a: 2) }"));

        Assert.Equal("{\"data\":{\"sum\":102.5}}", result.ToJson());
    }

    private static async IAsyncEnumerable<string> NamesAsync()
    {
        foreach (var name in new[] { "甲", "乙" })
        {
            await Task.Yield();
            yield return name;
        }
    }

    [Fact]
    public async Task List_fields_accept_async_streams()
    {
        var schema = new SchemaBuilder()
            .Object("Query", q => q.Field("names", "[String!]!", _ => NamesAsync()))
            .Build();

        var result = await Executor.ExecuteAsync(schema, Parser.Parse("{ names }"));

        Assert.Equal("{\"data\":{\"names\":[\"甲\",\"乙\"]}}", result.ToJson());
    }

    [Fact]
    public async Task Errors_thrown_by_resolvers_keep_their_extensions()
    {
        var schema = new SchemaBuilder()
            .Object("Query", q => q.Field("secret", "String", _ =>
                throw new GraphQLError("没有权限", extensions: new Dictionary<string, object?> { ["code"] = "FORBIDDEN" })))
            .Build();

        var result = await Executor.ExecuteAsync(schema, Parser.Parse("{ secret }"));

        Assert.Equal(
            "{\"errors\":[{\"message\":\"没有权限\",\"locations\":[{\"line\":1,\"column\":3}],\"path\":[\"secret\"],\"extensions\":{\"code\":\"FORBIDDEN\"}}],\"data\":{\"secret\":null}}",
            result.ToJson());
    }
}
