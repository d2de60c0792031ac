using Gaoqing.Graph.Api.Graph;

namespace Gaoqing.Graph.Api.Hosting;

/// <summary>/healthz: 200 with the number of documents when the store answers.</summary>
public static class HealthEndpoint
{
    /// <summary>Maps /healthz.</summary>
    public static void MapHealth(this WebApplication app) =>
        app.MapGet("/healthz", async (GraphRuntime runtime, CancellationToken cancellationToken) =>
        {
            var statistics = await runtime.Store.GetStatisticsAsync(cancellationToken);
            return Results.Json(new { status = "ok", documents = statistics.Documents });
        });
}
