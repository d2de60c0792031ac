using Gaoqing.Graph.Api.Graph;
using Gaoqing.Graph.Api.Schema;
using Gaoqing.Graph.GraphQL.Http;
using Gaoqing.Graph.GraphQL.Validation;
using Gaoqing.Graph.Neo4j;
using Microsoft.Extensions.Options;

namespace Gaoqing.Graph.Api.Hosting;

/// <summary>The steps of Program.cs: configuration and services, opening the graph, and the request pipeline.</summary>
public static class GraphApiSetup
{
    /// <summary>The default listen address when neither ASPNETCORE_URLS nor --urls gives one.</summary>
    public const string DefaultUrl = "http://localhost:5080";

    /// <summary>Binds the options (Graph, Api, Neo4j) and listens on <see cref="DefaultUrl"/> unless told otherwise.</summary>
    public static WebApplicationBuilder AddGraphApiOptions(this WebApplicationBuilder builder)
    {
        builder.Services.Configure<GraphOptions>(builder.Configuration.GetSection(GraphOptions.Section));
        builder.Services.Configure<ApiOptions>(builder.Configuration.GetSection(ApiOptions.Section));
        builder.Services.Configure<Neo4jOptions>(builder.Configuration.GetSection("Neo4j"));
        if (string.IsNullOrEmpty(builder.Configuration[WebHostDefaults.ServerUrlsKey]))
        {
            builder.WebHost.UseSetting(WebHostDefaults.ServerUrlsKey, DefaultUrl);
        }

        return builder;
    }

    /// <summary>Opens (and on first start seeds) the store, and registers the graph runtime and the schema.</summary>
    public static async Task<WebApplicationBuilder> AddGraphAsync(this WebApplicationBuilder builder, CancellationToken cancellationToken = default)
    {
        var graph = builder.Configuration.GetSection(GraphOptions.Section).Get<GraphOptions>() ?? new GraphOptions();
        var neo4j = builder.Configuration.GetSection("Neo4j").Get<Neo4jOptions>() ?? new Neo4jOptions();
        var store = await GraphStoreOpener.OpenAsync(graph, neo4j, cancellationToken);
        return builder.AddGraph(await GraphRuntime.CreateAsync(store, cancellationToken));
    }

    /// <summary>Registers an already opened graph runtime (the app disposes it, and its store, on shutdown) and the schema.</summary>
    public static WebApplicationBuilder AddGraph(this WebApplicationBuilder builder, GraphRuntime runtime)
    {
        builder.Services.AddSingleton(_ => runtime);
        builder.Services.AddSingleton(_ => DomainSchema.Build());
        return builder;
    }

    /// <summary>Adds logging, the error shield, static files and every endpoint.</summary>
    public static WebApplication UseGraphApi(this WebApplication app)
    {
        app.UseMiddleware<RequestLogging>();
        app.UseMiddleware<ErrorShield>();
        app.UseStaticFiles();
        app.MapHealth();
        app.MapPages();
        app.MapAsk();
        app.MapResponsibilities();
        var runtime = app.Services.GetRequiredService<GraphRuntime>();
        var api = app.Services.GetRequiredService<IOptions<ApiOptions>>().Value;
        app.MapGraphQL("/graphql", app.Services.GetRequiredService<GraphQL.Types.Schema>(), HttpOptions(api, runtime));
        return app;
    }

    private static GraphQLHttpOptions HttpOptions(ApiOptions api, GraphRuntime runtime) => new()
    {
        MaxRequestBytes = api.Limits.MaxRequestBytes,
        RequestTimeout = TimeSpan.FromSeconds(api.Limits.RequestTimeoutSeconds),
        Validation = new ValidationOptions { MaxDepth = api.Limits.MaxDepth, MaxAliases = api.Limits.MaxAliases, MaxCost = api.Limits.MaxCost },
        CreateContext = http => new ApiRequest(runtime, api.Key, http),
    };
}
