using System.Diagnostics;

namespace Gaoqing.Graph.Api.Hosting;

/// <summary>Logs every request as one structured line: method, path, status and elapsed milliseconds.</summary>
public sealed class RequestLogging(RequestDelegate next, ILogger<RequestLogging> logger)
{
    /// <summary>Runs the rest of the pipeline and logs how it went.</summary>
    public async Task InvokeAsync(HttpContext context)
    {
        var started = Stopwatch.GetTimestamp();
        try
        {
            await next(context);
        }
        finally
        {
            if (logger.IsEnabled(LogLevel.Information))
            {
                logger.LogInformation(
                    "{Method} {Path} responded {StatusCode} in {ElapsedMs:0.000} ms",
                    context.Request.Method,
                    context.Request.Path.Value,
                    context.Response.StatusCode,
                    Stopwatch.GetElapsedTime(started).TotalMilliseconds);
            }
        }
    }
}
