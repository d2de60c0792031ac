using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Gaoqing.Graph.Api.Graph;
using Gaoqing.Graph.Api.Hosting;
using Gaoqing.Graph.Model.Store;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Gaoqing.Graph.Api.Tests.Support;

/// <summary>The API over a fresh embedded store seeded from graph-seed/documents, in process (TestServer) or on Kestrel.</summary>
internal sealed class ApiHost : IAsyncDisposable
{
    public const string Key = "test-key-品";

    private readonly WebApplication _app;
    private readonly string _dataDir;

    private ApiHost(WebApplication app, string dataDir, HttpClient client, CountingStore store, Uri baseAddress)
    {
        _app = app;
        _dataDir = dataDir;
        Client = client;
        Store = store;
        BaseAddress = baseAddress;
    }

    public HttpClient Client { get; }

    public CountingStore Store { get; }

    public Uri BaseAddress { get; }

    public Uri GraphQL => new(BaseAddress, "/graphql");

    /// <summary>Starts the API; <paramref name="kestrel"/> listens on a free loopback port, otherwise requests stay in process.</summary>
    public static async Task<ApiHost> StartAsync(bool kestrel = false, string? apiKey = Key, IDictionary<string, string?>? settings = null)
    {
        var dataDir = Path.Combine(Path.GetTempPath(), "gaoqing-api-tests", Guid.NewGuid().ToString("N"));
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions { EnvironmentName = "Production", WebRootPath = ApiAssets.WebRoot });
        var values = new Dictionary<string, string?>
        {
            ["Graph:DataDir"] = dataDir,
            ["Graph:SeedDir"] = RepositoryPaths.SeedDocuments,
            ["Api:Key"] = apiKey,
            ["urls"] = "http://127.0.0.1:0",
        };
        foreach (var (name, value) in settings ?? new Dictionary<string, string?>())
        {
            values[name] = value;
        }

        builder.Configuration.AddInMemoryCollection(values);
        builder.Logging.ClearProviders();
        if (!kestrel)
        {
            builder.WebHost.UseTestServer();
        }

        builder.AddGraphApiOptions();
        var store = new CountingStore(await GraphStoreSeeder.OpenEmbeddedAsync(new EmbeddedStoreOptions { DataDir = dataDir, SeedDir = RepositoryPaths.SeedDocuments }));
        builder.AddGraph(await GraphRuntime.CreateAsync(store));
        var app = builder.Build();
        app.UseGraphApi();
        await app.StartAsync();
        if (kestrel)
        {
            var address = new Uri(app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First());
            return new ApiHost(app, dataDir, new HttpClient { BaseAddress = address }, store, address);
        }

        var client = app.GetTestClient();
        return new ApiHost(app, dataDir, client, store, client.BaseAddress!);
    }

    /// <summary>POSTs a GraphQL request and returns the parsed response body.</summary>
    public async Task<JsonObject> PostAsync(string query, object? variables = null, string? bearer = null)
    {
        using var response = await SendAsync(query, variables, bearer);
        return JsonNode.Parse(await response.Content.ReadAsStringAsync())!.AsObject();
    }

    /// <summary>POSTs a GraphQL request and returns the response.</summary>
    public Task<HttpResponseMessage> SendAsync(string query, object? variables = null, string? bearer = null)
    {
        var body = JsonSerializer.Serialize(new { query, variables });
        var request = new HttpRequestMessage(HttpMethod.Post, "/graphql") { Content = new StringContent(body, Encoding.UTF8, "application/json") };
        request.Headers.Accept.ParseAdd("application/graphql-response+json");
        if (bearer is not null)
        {
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", bearer);
        }

        return Client.SendAsync(request);
    }

    /// <summary>The data of a request that must succeed without errors.</summary>
    public async Task<JsonObject> DataAsync(string query, object? variables = null, string? bearer = null)
    {
        var result = await PostAsync(query, variables, bearer);
        Assert.True(result["errors"] is null, "errors: " + result["errors"]?.ToJsonString());
        return result["data"]!.AsObject();
    }

    public async ValueTask DisposeAsync()
    {
        Client.Dispose();
        await _app.StopAsync();
        await _app.DisposeAsync();
        try
        {
            Directory.Delete(_dataDir, recursive: true);
        }
        catch (IOException)
        {
        }
    }
}
