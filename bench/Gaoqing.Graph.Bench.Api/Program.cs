using System.Diagnostics;
using System.Globalization;
using System.Text;
using Gaoqing.Graph.Api.Graph;
using Gaoqing.Graph.Api.Schema;
using Gaoqing.Graph.Bench.Api;
using Gaoqing.Graph.GraphQL.Http;
using Gaoqing.Graph.Model.Store;

// The API's request path in process, without sockets: one POST /graphql of bench/api/query.graphql through the same
// handler, schema and resolvers as the server, on the seed graph. Prints the CPU time and the bytes allocated per
// request on one thread, the figures that bound what bench/api.sh can reach with wrk.
if (args.Length != 2)
{
    Console.Error.WriteLine("usage: Gaoqing.Graph.Bench.Api <graph-seed/documents> <bench/api/query.graphql>");
    return 2;
}

var body = Encoding.UTF8.GetBytes(System.Text.Json.JsonSerializer.Serialize(new { query = File.ReadAllText(args[1]) }));
var dataDir = Path.Combine(Path.GetTempPath(), "gaoqing-bench-api-" + Guid.NewGuid().ToString("N"));
try
{
    await using var store = await EmbeddedGraphStore.OpenAsync(dataDir);
    await GraphStoreSeeder.SeedIfEmptyAsync(store, args[0]);
    var runtime = await GraphRuntime.CreateAsync(store);
    var handler = new GraphQLHttpHandler(DomainSchema.Build(), new GraphQLHttpOptions { CreateContext = http => new ApiRequest(runtime, null, http) });

    var first = await InProcessRequest.SendAsync(handler, body);
    if (first.Status != 200 || !first.Body.Contains("\"totalCount\":23", StringComparison.Ordinal))
    {
        Console.Error.WriteLine($"unexpected answer {first.Status}: {first.Body[..Math.Min(400, first.Body.Length)]}");
        return 1;
    }

    for (var i = 0; i < 3000; i++)
    {
        await InProcessRequest.SendAsync(handler, body);
    }

    const int Rounds = 7;
    const int PerRound = 2000;
    var perRequestUs = new List<double>();
    long allocated = 0;
    for (var round = 0; round < Rounds; round++)
    {
        var before = GC.GetTotalAllocatedBytes(precise: true);
        var clock = Stopwatch.StartNew();
        for (var i = 0; i < PerRound; i++)
        {
            await InProcessRequest.SendAsync(handler, body);
        }

        perRequestUs.Add(clock.Elapsed.TotalMicroseconds / PerRound);
        allocated += GC.GetTotalAllocatedBytes(precise: true) - before;
    }

    perRequestUs.Sort();
    Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
        $"requests={Rounds * PerRound} response_bytes={Encoding.UTF8.GetByteCount(first.Body)} us_per_request_median={perRequestUs[Rounds / 2]:F1} us_per_request_best={perRequestUs[0]:F1} kb_allocated_per_request={allocated / 1024.0 / (Rounds * PerRound):F1} gen0={GC.CollectionCount(0)} gen2={GC.CollectionCount(2)}"));
    return 0;
}
finally
{
    Directory.Delete(dataDir, recursive: true);
}
