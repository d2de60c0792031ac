using Gaoqing.Graph.Model.Store;

namespace Gaoqing.Graph.Cli;

/// <summary>The embedded store the commands use, configured like the API: Graph__DataDir and Graph__SeedDir.</summary>
internal static class StoreEnvironment
{
    /// <summary>The store options read through <paramref name="variable"/> (an environment lookup), with the contract's defaults.</summary>
    public static EmbeddedStoreOptions Options(Func<string, string?> variable)
    {
        var options = new EmbeddedStoreOptions();
        if (variable("Graph__DataDir") is { Length: > 0 } dataDir)
        {
            options.DataDir = dataDir;
        }

        if (variable("Graph__SeedDir") is { Length: > 0 } seedDir)
        {
            options.SeedDir = seedDir;
        }

        return options;
    }
}
