namespace Gaoqing.Graph.Api.Hosting;

/// <summary>Where the API's static files are: beside its own assembly, so it finds them from any working directory.</summary>
public static class ApiAssets
{
    /// <summary>The web root: <c>wwwroot</c> in the folder of the API's assembly (build output or publish folder).</summary>
    public static string WebRoot => Path.Combine(AppContext.BaseDirectory, "wwwroot");

    /// <summary>Builder options with <see cref="WebRoot"/> as the web root.</summary>
    public static WebApplicationOptions Options(string[] args) => new() { Args = args, WebRootPath = WebRoot };
}
