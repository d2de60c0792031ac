namespace Gaoqing.Graph.Api.Hosting;

/// <summary>Turns an unexpected exception into a plain 500 answer; the details go to the log, never to the client.</summary>
public sealed class ErrorShield(RequestDelegate next, ILogger<ErrorShield> logger)
{
    /// <summary>Runs the rest of the pipeline, answering 500 with a generic GraphQL-shaped error when it throws.</summary>
    public async Task InvokeAsync(HttpContext context)
    {
        try
        {
            await next(context);
        }
        catch (Exception error) when (!context.RequestAborted.IsCancellationRequested)
        {
            logger.LogError(error, "{Method} {Path} failed", context.Request.Method, context.Request.Path.Value);
            if (context.Response.HasStarted)
            {
                throw;
            }

            context.Response.Clear();
            context.Response.StatusCode = StatusCodes.Status500InternalServerError;
            context.Response.ContentType = "application/json; charset=utf-8";
            await context.Response.WriteAsync("""{"errors":[{"message":"Internal server error."}]}""");
        }
    }
}
