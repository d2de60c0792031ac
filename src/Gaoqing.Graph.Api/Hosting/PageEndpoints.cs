namespace Gaoqing.Graph.Api.Hosting;

/// <summary>The HTML pages: GraphiQL at /graphiql and, until the explorer lands, a placeholder at /.</summary>
public static class PageEndpoints
{
    /// <summary>Maps / and /graphiql to their pages in the web root.</summary>
    public static void MapPages(this WebApplication app)
    {
        app.MapGet("/", (IWebHostEnvironment environment) => Page(environment, "index.html"));
        app.MapGet("/graphiql", (IWebHostEnvironment environment) => Page(environment, "graphiql/index.html"));
    }

    private static IResult Page(IWebHostEnvironment environment, string path)
    {
        var file = environment.WebRootFileProvider.GetFileInfo(path);
        if (!file.Exists || file.PhysicalPath is null)
        {
            return Results.Text(
                $"The page's files are missing from {environment.WebRootPath}: build the API with 'dotnet build' (it bundles GraphiQL with npm).",
                "text/plain; charset=utf-8",
                statusCode: StatusCodes.Status503ServiceUnavailable);
        }

        return Results.File(file.PhysicalPath, "text/html; charset=utf-8");
    }
}
